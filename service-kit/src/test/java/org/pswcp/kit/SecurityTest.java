package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pswcp.testkit.Problems.problem;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.TokenAttacks;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SecurityTest {

    @Test
    void noTokenIsA401ProblemWithAChallenge() {
        given().contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .when().post("/samples")
                .then().spec(problem(401, "unauthenticated"))
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aTokenForAnotherAudienceIsA401() {
        given().header("Authorization", Tokens.user("hana.hr").roles(Roles.HR).organisation("R9A")
                .audience("some-other-api").bearer())
                .contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .when().post("/samples")
                .then().spec(problem(401, "unauthenticated"));
    }

    @Test
    void aTokenOfAClientNotMeantToCallTheApiIsA401EvenWithTheAudience() {
        given().header("Authorization", Tokens.user("hana.hr").roles(Roles.HR).organisation("R9A")
                .clientId("grafana").bearer())
                .contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .when().post("/samples")
                .then().spec(problem(401, "unauthenticated"));
        given().header("Authorization", Tokens.user("hr-system-r9a").roles(Roles.HR).organisation("R9A")
                .clientId("hr-system-r9a").bearer())
                .contentType(ContentType.JSON).body("{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                .when().post("/samples")
                .then().statusCode(201);
        // A trust's learning system is a client meant to call too; what it may do is its role's business.
        given().header("Authorization", Tokens.user("learning-system-r9a").roles(Roles.HR).organisation("R9A")
                .clientId("learning-system-r9a").bearer())
                .contentType(ContentType.JSON).body("{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                .when().post("/samples")
                .then().statusCode(201);
    }

    @Test
    void aForgedOrDoctoredTokenIsA401() {
        Tokens hr = Tokens.user("hana.hr").roles(Roles.HR).organisation("R9A");
        String jwks = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class)
                .replaceFirst("/?$", "/protocol/openid-connect/certs");
        Map<String, String> attacks = TokenAttacks.all(hr.claims(), Tokens::sign, hr.sign(), jwks);
        assertThat(attacks).hasSize(9);
        attacks.forEach((attack, token) -> assertThat(given().header("Authorization", "Bearer " + token)
                .get("/samples/" + UUID.randomUUID()).then().spec(problem(401, "unauthenticated")).extract()
                .statusCode()).as(attack).isEqualTo(401));
    }

    @Test
    void theSignerOfTheForgedTokensIsTrusted() {
        // The control for the test above: the same claims, correctly signed, are accepted.
        Tokens hr = Tokens.user("hana.hr").roles(Roles.HR).organisation("R9A");
        given().header("Authorization", "Bearer " + Tokens.sign(hr.claims())).when()
                .get("/samples/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));
    }

    @Test
    void aTokenWithoutTheRoleIsA403Problem() {
        given().header("Authorization", Tokens.user("alex.psw").roles(Roles.PSW).organisation("R9A").bearer())
                .contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .when().post("/samples")
                .then().spec(problem(403, "forbidden"));
    }

    @Test
    void aTokenWithoutAnOrganisationIsA403Problem() {
        given().header("Authorization", Tokens.user("nobody").roles(Roles.HR).bearer())
                .contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .when().post("/samples")
                .then().spec(problem(403, "forbidden"));
    }

    @Test
    void theRecordOfAnotherOrganisationIsNotFound() {
        UUID id = Samples.createdId(Samples.uniqueTitle());
        given().header("Authorization", Samples.hr("R9A")).when().get("/samples/" + id)
                .then().statusCode(200).body("organisation", equalTo("R9A"));
        given().header("Authorization", Samples.hr("R9B")).when().get("/samples/" + id)
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void aRecordThatDoesNotExistLooksTheSameAsOneOfAnotherOrganisation() {
        UUID id = Samples.createdId(Samples.uniqueTitle());
        String otherOrganisation = given().header("Authorization", Samples.hr("R9B")).when().get("/samples/" + id)
                .then().statusCode(404).extract().path("detail");
        UUID missing = UUID.randomUUID();
        String nowhere = given().header("Authorization", Samples.hr("R9B")).when().get("/samples/" + missing)
                .then().statusCode(404).extract().path("detail");
        org.assertj.core.api.Assertions.assertThat(otherOrganisation.replace(id.toString(), "?"))
                .isEqualTo(nowhere.replace(missing.toString(), "?"));
    }
}
