package org.pswcp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.TokenAttacks;

/**
 * The realm as an attacker meets it, through Keycloak's own API: a client added later gets no access to the platform,
 * passwords follow the policy, and guessing locks an account for a while.
 */
class RealmSecurityIT {

    @Test
    void aClientTheRealmGainsLaterCannotCallTheApi() {
        String clientId = "e2e-dashboard-" + UUID.randomUUID().toString().substring(0, 8);
        String id = createClient(clientId);
        try {
            String token = clientToken(clientId, id);
            assertThat(String.valueOf(TokenAttacks.claimsOf(token).get("aud"))).as("its audience, by default")
                    .doesNotContain("pswcp-api");
            assertThat(status(token)).isEqualTo(401);

            // Even given the platform's client scope (and so its audience) by an administrator's mistake, the client
            // is not one of those allowed to call (pswcp.security.allowed-clients).
            String scope = Stack.admin().get("/client-scopes").then().statusCode(200).extract()
                    .path("find { it.name == 'pswcp' }.id");
            Stack.admin().put("/clients/" + id + "/default-client-scopes/" + scope).then().statusCode(204);
            String withAudience = clientToken(clientId, id);
            assertThat(TokenAttacks.claimsOf(withAudience).get("aud").toString()).contains("pswcp-api");
            assertThat(status(withAudience)).isEqualTo(401);
        } finally {
            Stack.admin().delete("/clients/" + id).then().statusCode(204);
        }
    }

    @Test
    void aPasswordMustFollowThePolicyAndGuessingLocksTheAccount() {
        String username = "e2e-lockout-" + UUID.randomUUID().toString().substring(0, 8);
        Stack.admin().body(Map.of("username", username, "enabled", true, "firstName", "Lock", "lastName", "Out",
                "email", username + "@example.nhs.uk", "emailVerified", true)).post("/users").then().statusCode(201);
        String id = Stack.admin().queryParam("username", username).queryParam("exact", true).get("/users").then()
                .statusCode(200).extract().path("[0].id");
        try {
            // Too short, and the username itself.
            for (String weak : List.of("demo", "short-pass", username)) {
                Stack.admin().body(Map.of("type", "password", "value", weak, "temporary", false))
                        .put("/users/" + id + "/reset-password").then().statusCode(400);
            }
            String password = "a-long-enough-passphrase";
            Stack.admin().body(Map.of("type", "password", "value", password, "temporary", false))
                    .put("/users/" + id + "/reset-password").then().statusCode(204);
            assertThat(login(username, password)).isEqualTo(200);

            for (int i = 0; i < 5; i++) {
                assertThat(login(username, "wrong-guess-" + i)).isNotEqualTo(200);
            }
            // Locked for a while: the right password no longer works.
            assertThat(login(username, password)).isNotEqualTo(200);
            Map<String, Object> lockout = Stack.admin().get("/attack-detection/brute-force/users/" + id).then()
                    .statusCode(200).extract().as(Map.class);
            assertThat(lockout).containsEntry("disabled", true);
        } finally {
            Stack.admin().delete("/users/" + id).then().statusCode(204);
        }
    }

    private static String createClient(String clientId) {
        Stack.admin().body(Map.of("clientId", clientId, "enabled", true, "publicClient", false,
                "serviceAccountsEnabled", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", false))
                .post("/clients").then().statusCode(201);
        return Stack.admin().queryParam("clientId", clientId).get("/clients").then().statusCode(200).extract()
                .path("[0].id");
    }

    private static String clientToken(String clientId, String id) {
        String secret = Stack.admin().get("/clients/" + id + "/client-secret").then().statusCode(200).extract()
                .path("value");
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post(Stack.ISSUER + "/protocol/openid-connect/token").then()
                .statusCode(200).extract().path("access_token");
    }

    private static int login(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "pswcp-cli")
                .formParam("username", username).formParam("password", password)
                .post(Stack.ISSUER + "/protocol/openid-connect/token").statusCode();
    }

    private static int status(String token) {
        return given().baseUri(Stack.ASSESSMENT).header("Authorization", "Bearer " + token)
                .get("/v1/framework-versions").statusCode();
    }
}
