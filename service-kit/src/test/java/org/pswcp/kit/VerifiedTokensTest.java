package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pswcp.testkit.Problems.problem;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.kit.security.VerifiedTokens;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** A token accepted once is not verified again until it expires, and nothing else gets through for it. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens tokens;

    private static String read(String token) {
        return given().header("Authorization", "Bearer " + token).get("/samples/" + UUID.randomUUID()).then()
                .extract().statusCode() + "";
    }

    @Test
    void aTokenIsVerifiedOnceAndItsIdentityServedAgainUntilItExpires() throws InterruptedException {
        Map<String, Object> claims = Tokens.user("hana.hr-" + UUID.randomUUID()).roles(Roles.HR)
                .organisation("R9A").claims();
        claims.put("exp", System.currentTimeMillis() / 1000 + 3);
        String token = Tokens.sign(claims);

        long before = tokens.hits();
        assertThat(read(token)).as("first call: verified").isEqualTo("404");
        assertThat(read(token)).as("second call: kept").isEqualTo("404");
        assertThat(read(token)).isEqualTo("404");
        assertThat(tokens.hits() - before).isEqualTo(2);

        Thread.sleep(4_000);
        given().header("Authorization", "Bearer " + token).get("/samples/" + UUID.randomUUID()).then()
                .spec(problem(401, "unauthenticated"));
    }

    @Test
    void aDoctoredCopyOfAKeptTokenIsRefused() {
        Tokens hr = Tokens.user("hana.hr-" + UUID.randomUUID()).roles(Roles.PSW).organisation("R9A");
        String token = hr.sign();
        assertThat(read(token)).isEqualTo("404");
        assertThat(read(token)).isEqualTo("404");

        // The same signature over claims that grant more: not the kept token, so verified, and refused.
        String[] parts = token.split("\\.");
        Map<String, Object> more = hr.claims();
        more.put("realm_access", Map.of("roles", List.of(Roles.PSW, Roles.HR)));
        String doctored = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new JsonObject(more).encode().getBytes())
                + "." + parts[2];
        given().header("Authorization", "Bearer " + doctored).get("/samples/" + UUID.randomUUID()).then()
                .spec(problem(401, "unauthenticated"));
    }

    @Test
    void eachKeptTokenKeepsItsOwnCallersRoles() {
        String psw = Tokens.user("alex.psw-" + UUID.randomUUID()).roles(Roles.PSW).organisation("R9A").bearer();
        String hr = Samples.hr("R9A");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", psw).contentType("application/json").body("{\"title\":\"x\"}")
                    .post("/samples").then().spec(problem(403, "forbidden"));
            Samples.create(hr, Samples.uniqueTitle()).then().statusCode(201);
        }
    }

    @Test
    void aTokenOfAClientNotAllowedIsNeverKept() {
        String grafana = Tokens.user("hana.hr-" + UUID.randomUUID()).roles(Roles.HR).organisation("R9A")
                .clientId("grafana").sign();
        long before = tokens.hits();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + grafana).get("/samples/" + UUID.randomUUID()).then()
                    .spec(problem(401, "unauthenticated"));
        }
        assertThat(tokens.hits()).isEqualTo(before);
    }
}
