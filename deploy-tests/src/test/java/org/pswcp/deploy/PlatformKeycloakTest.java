package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The platform's Keycloak is the one the realm import and the services name, on a database of its own. */
class PlatformKeycloakTest {

    private static final JsonNode KEYCLOAK = PlatformLayer.all("Keycloak").get(0);

    @Test
    void theRealmImportOfEveryOverlayNamesThePlatformsKeycloak() {
        assertThat(PlatformLayer.all("Keycloak")).hasSize(1);
        for (String overlay : Overlay.NAMES) {
            assertThat(Overlay.of(overlay).all(KeycloakRealmImport.class)).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.spec().keycloakCRName()).isEqualTo(StrictModel.name(KEYCLOAK)));
        }
    }

    @Test
    void keycloakKeepsItsDataInItsOwnClusterWithThatClustersCredentials() {
        JsonNode db = KEYCLOAK.at("/spec/db");

        assertThat(db.path("vendor").asText()).isEqualTo("postgres");
        assertThat(db.path("host").asText()).as("the read-write service of keycloak-db").isEqualTo("keycloak-db-rw");
        assertThat(db.path("database").asText())
                .isEqualTo(PlatformLayer.get("Cluster", "keycloak-db").at("/spec/bootstrap/initdb/database").asText());
        assertThat(db.at("/usernameSecret/name").asText()).isEqualTo("keycloak-db-app");
        assertThat(db.at("/passwordSecret/name").asText()).isEqualTo("keycloak-db-app");
    }

    @Test
    void keycloakServesItsPublicHostnameOverTlsAndTheServicesInsideOverHttp() {
        assertThat(KEYCLOAK.at("/spec/http/tlsSecret").asText()).isNotBlank();
        assertThat(KEYCLOAK.at("/spec/http/httpEnabled").asBoolean()).isTrue();
        assertThat(KEYCLOAK.at("/spec/hostname/hostname").asText()).startsWith("https://");
        assertThat(KEYCLOAK.at("/spec/hostname/backchannelDynamic").asBoolean()).isTrue();
        for (String service : Repo.SERVICES) {
            assertThat(ConfigKeysTest.environmentValue(Overlay.prod(), service, "QUARKUS_OIDC_AUTH_SERVER_URL"))
                    .as("the operator names Keycloak's service <name>-service")
                    .startsWith("http://" + StrictModel.name(KEYCLOAK) + "-service:8080/");
        }
    }
}
