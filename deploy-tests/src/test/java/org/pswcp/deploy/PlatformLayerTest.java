package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** deploy/platform renders, every object in it is a custom resource its operator accepts, and it holds no secret. */
class PlatformLayerTest {

    static final List<String> OVERLAYS = Overlay.NAMES;

    @Test
    void everyObjectOfThePlatformLayerValidatesAgainstItsOperatorsVendoredCrd() {
        List<JsonNode> documents = PlatformLayer.documents();

        assertThat(documents).extracting(d -> d.path("kind").asText())
                .contains("Kafka", "KafkaNodePool", "Cluster", "ScheduledBackup", "ObjectStore", "Keycloak");
        assertThat(documents.stream().flatMap(d -> CrdSchemas.problems(d).stream()).toList())
                .as("objects of deploy/platform that their CRDs refuse").isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyCustomResourceOfAnOverlayValidatesAgainstItsOperatorsVendoredCrd(String name) {
        List<JsonNode> custom = Overlay.of(name).documents().stream()
                .filter(d -> d.path("apiVersion").asText().matches(".*\\.(strimzi\\.io|keycloak\\.org)/.*")).toList();

        assertThat(custom).extracting(d -> d.path("kind").asText())
                .contains("KafkaTopic", "KafkaUser", "KeycloakRealmImport");
        assertThat(custom.stream().flatMap(d -> CrdSchemas.problems(d).stream()).toList())
                .as("custom resources of %s that their CRDs refuse", name).isEmpty();
    }

    @Test
    void thePlatformLayerHoldsNoSecretAndLivesInTheProdNamespace() {
        assertThat(PlatformLayer.documents()).allSatisfy(d -> {
            assertThat(d.path("kind").asText()).isNotEqualTo("Secret");
            assertThat(d.path("metadata").path("namespace").asText()).as(StrictModel.name(d))
                    .isEqualTo(PlatformLayer.NAMESPACE).isEqualTo(Overlay.prod().all(
                            io.fabric8.kubernetes.api.model.Namespace.class).get(0).getMetadata().getName());
            assertThat(d.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText()).isEqualTo("pswcp");
        });
    }
}
