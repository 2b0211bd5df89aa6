package org.pswcp.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * deploy/platform, the optional layer of the servers the services need (Kafka, PostgreSQL, Keycloak), rendered once per
 * test run; and the prod overlay with the layer's wiring component, as an ops team that runs the layer applies it.
 */
final class PlatformLayer {

    static final String NAMESPACE = "pswcp";
    private static final List<JsonNode> DOCUMENTS = StrictModel.documents(
            Kubectl.fromEnvironment().kustomize(Repo.path("deploy/platform")));
    private static volatile Overlay wiredProd;

    private PlatformLayer() {
    }

    static List<JsonNode> documents() {
        return DOCUMENTS;
    }

    static List<JsonNode> all(String kind) {
        return DOCUMENTS.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    static JsonNode get(String kind, String name) {
        return all(kind).stream().filter(d -> name.equals(StrictModel.name(d))).findFirst()
                .orElseThrow(() -> new AssertionError("deploy/platform renders no " + kind + " named " + name));
    }

    /** deploy/overlays/prod with the component deploy/platform/wiring, rendered from a kustomization in target/. */
    static Overlay wiredProd() {
        if (wiredProd == null) {
            Path folder = Repo.path("deploy-tests/target/prod-with-platform");
            try {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve("kustomization.yaml"), """
                        apiVersion: kustomize.config.k8s.io/v1beta1
                        kind: Kustomization
                        resources:
                          - ../../../deploy/overlays/prod
                        components:
                          - ../../../deploy/platform/wiring
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            wiredProd = new Overlay("prod with deploy/platform/wiring",
                    StrictModel.documents(Kubectl.fromEnvironment().kustomize(folder)));
        }
        return wiredProd;
    }
}
