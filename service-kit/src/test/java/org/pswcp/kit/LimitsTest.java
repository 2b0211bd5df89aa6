package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.pswcp.testkit.Problems.problem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Request limits with small figures: 5 changes and 10 reads a minute per caller, bodies up to 1 KiB. */
@QuarkusTest
@TestProfile(LimitsTest.Small.class)
class LimitsTest {

    public static class Small implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pswcp.limits.writes-per-minute", "5", "pswcp.limits.reads-per-minute", "10",
                    "pswcp.limits.max-body-size", "1K");
        }
    }

    @Inject
    DataSource dataSource;

    private long samplesTitled(String title) {
        return new Db(dataSource).count("select count(*) from sample_record where title = ?", title);
    }

    private static String body(String title, int bytes) {
        String json = "{\"title\":\"" + title + "\",\"quantity\":2,\"padding\":\"";
        return json + "x".repeat(Math.max(0, bytes - json.length() - 2)) + "\"}";
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemWithOrWithoutContentLengthAndStoresNothing() {
        String title = Samples.uniqueTitle();
        String caller = Tokens.user("hr-big-" + UUID.randomUUID()).roles(Roles.HR).organisation("R9A").bearer();
        given().header("Authorization", caller).contentType(ContentType.JSON).body(body(title, 2048))
                .post("/samples").then().spec(problem(413, "payload-too-large"));
        // Chunked: no Content-Length, so the kit counts the bytes as they are read.
        given().header("Authorization", caller).contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(body(title, 2_000_000).getBytes(StandardCharsets.UTF_8)))
                .post("/samples").then().spec(problem(413, "payload-too-large"));
        assertThat(samplesTitled(title)).isZero();
        // Under the limit, the same body is read: here, refused for its unknown field.
        given().header("Authorization", caller).contentType(ContentType.JSON).body(body(title, 900))
                .post("/samples").then().spec(problem(400, "validation-failed"));
    }

    @Test
    void aCallerOverTheirRateIsA429ProblemWithRetryAfterAndStoresNothing() {
        String account = "sub-" + UUID.randomUUID();
        String caller = Tokens.user("hr-busy").subject(account).roles(Roles.HR).organisation("R9A").bearer();
        for (int i = 5; i > 0; i--) {
            Samples.create(caller, Samples.uniqueTitle()).then().statusCode(201)
                    .header("RateLimit-Limit", "5").header("RateLimit-Remaining", String.valueOf(i - 1));
        }
        String title = Samples.uniqueTitle();
        String retryAfter = Samples.create(caller, title).then().spec(problem(429, "too-many-requests"))
                .header("Retry-After", notNullValue()).header("RateLimit-Remaining", "0")
                .extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        assertThat(samplesTitled(title)).isZero();

        // The same account under another username is the same caller; another account is not.
        String renamed = Tokens.user("hr-busy-renamed").subject(account).roles(Roles.HR).organisation("R9A")
                .bearer();
        Samples.create(renamed, Samples.uniqueTitle()).then().statusCode(429);
        Samples.create(Samples.hr("R9B"), Samples.uniqueTitle()).then().statusCode(201);
    }

    @Test
    void readsHaveTheirOwnHigherLimit() {
        String caller = Tokens.user("hr-reader").subject("sub-" + UUID.randomUUID()).roles(Roles.HR)
                .organisation("R9A").bearer();
        for (int i = 0; i < 10; i++) {
            given().header("Authorization", caller).get("/samples/" + UUID.randomUUID()).then()
                    .spec(problem(404, "not-found")).header("RateLimit-Limit", equalTo("10"));
        }
        given().header("Authorization", caller).get("/samples/" + UUID.randomUUID()).then()
                .spec(problem(429, "too-many-requests"));
    }

    @Test
    void refusedTokensAreChargedToTheClientsAddress() {
        String forged = Tokens.user("hr-forger").roles(Roles.HR).organisation("R9A").audience("elsewhere").bearer();
        // This test's requests all come from 127.0.0.1: other tests here use tokens, so this address is fresh.
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", forged).get("/samples/" + UUID.randomUUID()).then()
                    .spec(problem(401, "unauthenticated")).header("RateLimit-Limit", equalTo("5"));
        }
        given().header("Authorization", forged).get("/samples/" + UUID.randomUUID()).then()
                .spec(problem(429, "too-many-requests")).header("Retry-After", notNullValue());
        // No proxy is named here, so a forwarding header is the caller's own words: it buys no fresh count.
        given().header("Authorization", forged).header("X-Forwarded-For", "203.0.113.9")
                .header("Forwarded", "for=203.0.113.9").get("/samples/" + UUID.randomUUID()).then()
                .spec(problem(429, "too-many-requests"));
    }
}
