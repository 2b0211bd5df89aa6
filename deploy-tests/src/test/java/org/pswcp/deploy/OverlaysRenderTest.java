package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** Each overlay renders, and every object in it is well-formed for its kind. */
class OverlaysRenderTest {

    static final List<String> OVERLAYS = Overlay.NAMES;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyRenderedObjectParsesStrictlyIntoItsModel(String name) {
        Overlay overlay = Overlay.of(name);
        List<String> failures = new ArrayList<>();
        for (JsonNode document : overlay.documents()) {
            try {
                StrictModel.parse(document);
            } catch (IllegalArgumentException e) {
                failures.add(e.getMessage());
            }
        }

        assertThat(overlay.documents()).hasSizeGreaterThan(10);
        assertThat(failures).as("objects of %s that do not parse strictly", name).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceIsDeployedWithItsServiceAccountAndService(String name) {
        Overlay overlay = Overlay.of(name);

        assertThat(overlay.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Repo.SERVICES);
        for (String service : Repo.SERVICES) {
            assertThat(overlay.find(io.fabric8.kubernetes.api.model.Service.class, service)).isPresent();
            assertThat(overlay.find(io.fabric8.kubernetes.api.model.ServiceAccount.class, service)).isPresent();
            assertThat(overlay.deployment(service).getSpec().getTemplate().getSpec().getServiceAccountName())
                    .isEqualTo(service);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everythingLivesInTheOverlaysOneNamespace(String name) {
        Overlay overlay = Overlay.of(name);
        List<Namespace> namespaces = overlay.all(Namespace.class);

        assertThat(namespaces).hasSize(1);
        String namespace = namespaces.get(0).getMetadata().getName();
        assertThat(overlay.documents()).filteredOn(d -> !"Namespace".equals(d.path("kind").asText()))
                .allSatisfy(d -> assertThat(d.path("metadata").path("namespace").asText())
                        .as("namespace of %s %s", d.path("kind").asText(), StrictModel.name(d)).isEqualTo(namespace));
    }

    @org.junit.jupiter.api.Test
    void prodServesNoSwaggerUiAndDevDoes() {
        for (String service : List.of("framework-service", "assessment-service", "supervision-service")) {
            assertThat(ConfigKeysTest.environmentValue(Overlay.of("prod"), service, "QUARKUS_SWAGGER_UI_ENABLE"))
                    .as("prod %s", service).isEqualTo("false");
            assertThat(ConfigKeysTest.environmentValue(Overlay.of("dev"), service, "QUARKUS_SWAGGER_UI_ENABLE"))
                    .as("dev %s: the kit's default, on", service).isNull();
        }
    }
}
