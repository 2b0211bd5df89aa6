package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.pswcp.testkit.Problems.problem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Behind a named proxy (here 127.0.0.1, as an ingress controller would be), each client behind it has a count of its
 * own: the address is the one the proxy forwards, not the proxy's.
 */
@QuarkusTest
@TestProfile(ProxiedLimitsTest.BehindAProxy.class)
class ProxiedLimitsTest {

    public static class BehindAProxy implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pswcp.limits.writes-per-minute", "3", "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true", "quarkus.http.proxy.trusted-proxies",
                    "127.0.0.1,::1");
        }
    }

    @Test
    void clientsBehindANamedProxyAreCountedByTheAddressItForwards() {
        String forged = Tokens.user("hr-forger").roles(Roles.HR).organisation("R9A").audience("elsewhere").bearer();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", forged).header("X-Forwarded-For", "203.0.113.1")
                    .get("/samples/" + UUID.randomUUID()).then().spec(problem(401, "unauthenticated"));
        }
        given().header("Authorization", forged).header("X-Forwarded-For", "203.0.113.1")
                .get("/samples/" + UUID.randomUUID()).then().spec(problem(429, "too-many-requests"));
        // Another client behind the same proxy is not held back by the first one's failures.
        given().header("Authorization", forged).header("X-Forwarded-For", "203.0.113.2")
                .get("/samples/" + UUID.randomUUID()).then().spec(problem(401, "unauthenticated"));
    }
}
