package org.pswcp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.TokenAttacks;

import io.smallrye.jwt.build.Jwt;

/**
 * Forged and doctored tokens against every service, checked with the real Keycloak's keys: each is a 401. The claim
 * attacks (expired, not yet valid, another issuer, audience or client) are signed with a key the realm publishes
 * (./pswcp test gives the e2e realm one, keycloak_add_test_signing_key), so that only their claims are wrong; the same
 * claims unchanged, signed with it, are accepted.
 */
class TokenSecurityIT {

    private static final List<String> SERVICES = List.of(Stack.FRAMEWORK, Stack.ASSESSMENT, Stack.SUPERVISION);

    @Test
    void everyServiceRefusesForgedAndDoctoredTokens() throws Exception {
        String genuine = Stack.userToken("aud.auditor");
        Map<String, Object> claims = TokenAttacks.claimsOf(genuine);
        RSAPrivateCrtKey key = TokenAttacks.privateKey(Files.readString(Stack.SIGNING_KEY));
        String kid = TokenAttacks.kidOf(key, Stack.JWKS);
        Function<Map<String, Object>, String> sign = c -> Jwt.claims(c).jws().keyId(kid).sign(key);

        Map<String, String> attacks = TokenAttacks.all(claims, sign, genuine, Stack.JWKS);
        assertThat(attacks).hasSize(9);
        SoftAssertions softly = new SoftAssertions();
        for (String service : SERVICES) {
            // The controls: the genuine token, and its claims signed with the test key, are accepted.
            for (String control : List.of(genuine, sign.apply(claims))) {
                softly.assertThat(status(service, control)).as("%s, a valid token", service).isEqualTo(200);
            }
            attacks.forEach((attack, token) -> softly.assertThat(status(service, token))
                    .as("%s, %s", service, attack).isEqualTo(401));
        }
        softly.assertAll();
    }

    private static int status(String service, String token) {
        var response = given().baseUri(service).header("Authorization", "Bearer " + token).get("/v1/audit-events");
        if (response.statusCode() == 401) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
        return response.statusCode();
    }
}
