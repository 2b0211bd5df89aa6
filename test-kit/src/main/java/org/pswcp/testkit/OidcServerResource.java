package org.pswcp.testkit;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The WireMock OpenID Connect server, for fast security tests: it serves the discovery document and the keys that
 * {@link Tokens} signs with. End-to-end tests use a real Keycloak instead.
 */
public class OidcServerResource extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus/");
        return config;
    }
}
