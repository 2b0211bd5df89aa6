package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The strict reader catches what a lenient one lets through, so that the overlays' parse means something. */
class StrictParseTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: typo
            spec:
              replicas: 1
              selector:
                matchLabels:
                  app: typo
              template:
                metadata:
                  labels:
                    app: typo
                spec:
                  %s:
                    - name: typo
                      image: example/typo:1
                      resources:
                        limits:
                          memory: 640Mi
            """;

    @Test
    void aWellFormedDeploymentParses() {
        Object parsed = StrictModel.parse(document(DEPLOYMENT.formatted("containers")));

        assertThat(parsed).isInstanceOfSatisfying(Deployment.class, d -> assertThat(
                d.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits().get("memory"))
                .hasToString("640Mi"));
    }

    @Test
    void aMisspelledFieldNameFails() {
        assertThatThrownBy(() -> StrictModel.parse(document(DEPLOYMENT.formatted("contianers"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contianers")
                .hasMessageContaining("typo");
    }

    @Test
    void aStringWhereTheModelWantsANumberFails() {
        String yaml = DEPLOYMENT.formatted("containers").replace("replicas: 1", "replicas: \"1\"");

        assertThatThrownBy(() -> StrictModel.parse(document(yaml))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMisspelledFieldOfAStrimziTopicFails() {
        String topic = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: framework.events
                spec:
                  partitons: 3
                  replicas: 3
                """;

        assertThatThrownBy(() -> StrictModel.parse(document(topic))).hasMessageContaining("partitons");
    }

    @Test
    void aMisspelledFieldOfAKafkaUserAclFails() {
        String user = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata:
                  name: framework-service
                spec:
                  authentication:
                    type: scram-sha-512
                  authorization:
                    type: simple
                    acls:
                      - resource:
                          type: topic
                          name: framework.events
                        operation: [Write]
                """;

        assertThatThrownBy(() -> StrictModel.parse(document(user))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMisspelledFieldOfTheRealmFails() {
        String realmImport = """
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: KeycloakRealmImport
                metadata:
                  name: pswcp-realm
                spec:
                  keycloakCRName: pswcp-keycloak
                  realm:
                    realm: pswcp
                    acessTokenLifespan: 900
                """;

        assertThatThrownBy(() -> StrictModel.parse(document(realmImport))).hasMessageContaining("acessTokenLifespan");
    }

    @Test
    void aKindWithoutAModelFails() {
        String ingress = """
                apiVersion: networking.k8s.io/v1beta1
                kind: Ingress
                metadata:
                  name: old
                """;

        assertThatThrownBy(() -> StrictModel.parse(document(ingress))).hasMessageContaining("no strict model");
    }

    private static JsonNode document(String yaml) {
        return StrictModel.documents(yaml).get(0);
    }
}
