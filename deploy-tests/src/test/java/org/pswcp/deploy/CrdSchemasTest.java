package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Validation against the vendored CRDs catches what the API server would refuse, so that a pass means something. */
class CrdSchemasTest {

    private static final String KAFKA = """
            apiVersion: kafka.strimzi.io/v1
            kind: Kafka
            metadata:
              name: typo
            spec:
              kafka:
                %s:
                  - name: tls
                    port: %s
                    type: internal
                    tls: true
                    authentication:
                      type: scram-sha-512
              entityOperator:
                topicOperator: {}
            """;

    @Test
    void aWellFormedKafkaValidates() {
        assertThat(CrdSchemas.problems(document(KAFKA.formatted("listeners", "9093")))).isEmpty();
    }

    @Test
    void aMisspelledFieldOfAKafkaFails() {
        assertThat(CrdSchemas.problems(document(KAFKA.formatted("listners", "9093"))))
                .anySatisfy(p -> assertThat(p).contains("listners").contains("typo"));
    }

    @Test
    void aStringWhereTheKafkaCrdWantsANumberFails() {
        assertThat(CrdSchemas.problems(document(KAFKA.formatted("listeners", "\"9093\""))))
                .anySatisfy(p -> assertThat(p).contains("port").contains("integer"));
    }

    @Test
    void aValueOutsideTheCrdsEnumerationFails() {
        String yaml = KAFKA.formatted("listeners", "9093").replace("scram-sha-512", "scram-sha-256");

        assertThat(CrdSchemas.problems(document(yaml))).anySatisfy(p -> assertThat(p).contains("type"));
    }

    @Test
    void aMisspelledFieldDeepInAPostgresClusterFails() {
        String cluster = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: typo-db
                spec:
                  instances: 3
                  storage:
                    size: 1Gi
                  bootstrap:
                    initdb:
                      database: app
                      ownr: app
                """;

        assertThat(CrdSchemas.problems(document(cluster))).anySatisfy(p -> assertThat(p).contains("ownr"));
        assertThat(CrdSchemas.problems(document(cluster.replace("ownr", "owner")))).isEmpty();
    }

    @Test
    void aRetentionTheBarmanCloudPluginCannotReadFails() {
        String store = """
                apiVersion: barmancloud.cnpg.io/v1
                kind: ObjectStore
                metadata:
                  name: typo-backups
                spec:
                  retentionPolicy: %s
                  configuration:
                    destinationPath: s3://typo-backups/
                """;

        assertThat(CrdSchemas.problems(document(store.formatted("7d")))).isEmpty();
        for (String retention : List.of("\"7 days\"", "\"7D\"", "\"0d\"", "\"168h\"")) {
            assertThat(CrdSchemas.problems(document(store.formatted(retention)))).as(retention)
                    .anySatisfy(p -> assertThat(p).contains("retentionPolicy"));
        }
    }

    @Test
    void aMisspelledFieldOfAKeycloakFails() {
        String keycloak = """
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: Keycloak
                metadata:
                  name: typo
                spec:
                  hostname:
                    hostname: https://auth.example
                    backchanelDynamic: true
                """;

        assertThat(CrdSchemas.problems(document(keycloak)))
                .anySatisfy(p -> assertThat(p).contains("backchanelDynamic"));
    }

    @Test
    void aMisspelledMetadataFieldFails() {
        String yaml = KAFKA.formatted("listeners", "9093").replace("  name: typo", "  name: typo\n  lables: {}");

        assertThat(CrdSchemas.problems(document(yaml))).anySatisfy(p -> assertThat(p).contains("lables"));
    }

    @Test
    void aVersionNoVendoredCrdServesFails() {
        String yaml = KAFKA.formatted("listeners", "9093").replace("kafka.strimzi.io/v1", "kafka.strimzi.io/v1alpha9");

        assertThat(CrdSchemas.problems(document(yaml))).singleElement().asString().contains("no vendored CRD");
    }

    @Test
    void everyVendoredCrdFileIsRecordedWithItsSourceInTheReadmeBesideIt() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(CrdSchemas.FOLDER.resolve("README.md"));
        try (var files = java.nio.file.Files.walk(CrdSchemas.FOLDER)) {
            List<java.nio.file.Path> crds = files.filter(f -> f.toString().matches(".*\\.ya?ml$")).toList();

            assertThat(crds).hasSizeGreaterThanOrEqualTo(9);
            assertThat(crds).allSatisfy(f -> assertThat(readme)
                    .contains("`" + f.getParent().getFileName() + "/`").contains(f.getFileName().toString()));
        }
        assertThat(CrdSchemas.kinds()).contains("kafka.strimzi.io/v1/Kafka", "kafka.strimzi.io/v1/KafkaNodePool",
                "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/ScheduledBackup",
                "barmancloud.cnpg.io/v1/ObjectStore", "k8s.keycloak.org/v2alpha1/Keycloak");
    }

    private static JsonNode document(String yaml) {
        return StrictModel.documents(yaml).get(0);
    }
}
