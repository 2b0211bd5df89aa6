package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.EnvVar;

/**
 * Each service (and Keycloak) has a PostgreSQL cluster of its own that archives its WAL and is backed up every day to
 * object storage, so that it can be restored to a point in time; and the services read that cluster's credentials.
 */
class PlatformDatabasesTest {

    /** The cluster of each service and of Keycloak, and the database it creates (the local stack's names). */
    static final Map<String, String> DATABASES = Map.of(
            "framework-db", "pswcp_framework",
            "assessment-db", "pswcp_assessment",
            "supervision-db", "pswcp_supervision",
            "keycloak-db", "keycloak");
    static final List<String> CLUSTERS = DATABASES.keySet().stream().sorted().toList();
    private static final String BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";

    @Test
    void everyServiceAndKeycloakHasAClusterOfItsOwnWithThreeInstances() {
        assertThat(PlatformLayer.all("Cluster")).extracting(StrictModel::name)
                .containsExactlyInAnyOrderElementsOf(CLUSTERS);
        for (String name : CLUSTERS) {
            JsonNode cluster = PlatformLayer.get("Cluster", name);
            assertThat(cluster.at("/spec/instances").asInt()).as(name).isEqualTo(3);
            assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).as(name).isEqualTo(DATABASES.get(name));
            assertThat(cluster.at("/spec/imageName").asText()).as("%s: an image pinned to a minor version", name)
                    .matches("[^:]+:\\d+\\.\\d+.*");
        }
    }

    @ParameterizedTest
    @FieldSource("CLUSTERS")
    void everyClusterArchivesItsWalToTheObjectStoreOfThePlatform(String name) {
        JsonNode plugins = PlatformLayer.get("Cluster", name).at("/spec/plugins");

        assertThat(plugins).hasSize(1);
        JsonNode plugin = plugins.get(0);
        assertThat(plugin.path("name").asText()).isEqualTo(BARMAN_CLOUD);
        assertThat(plugin.path("isWALArchiver").asBoolean()).isTrue();
        assertThat(PlatformLayer.get("ObjectStore", plugin.at("/parameters/barmanObjectName").asText())).isNotNull();
        assertThat(plugin.at("/parameters/serverName").asText()).as("its folder in the bucket, per major version")
                .startsWith(name + "-pg");
    }

    @ParameterizedTest
    @FieldSource("CLUSTERS")
    void everyClusterIsBackedUpEveryDayThroughThePlugin(String name) {
        List<JsonNode> backups = PlatformLayer.all("ScheduledBackup").stream()
                .filter(b -> name.equals(b.at("/spec/cluster/name").asText())).toList();

        assertThat(backups).hasSize(1);
        JsonNode backup = backups.get(0);
        assertThat(backup.at("/spec/method").asText()).isEqualTo("plugin");
        assertThat(backup.at("/spec/pluginConfiguration/name").asText()).isEqualTo(BARMAN_CLOUD);
        assertThat(backup.at("/spec/schedule").asText()).as("seconds minutes hours, every day")
                .matches("\\d+ \\d+ \\d+ \\* \\* \\*");
    }

    @Test
    void theObjectStoreKeepsThirtyDaysAndTakesItsCredentialsFromASecretByName() {
        List<JsonNode> stores = PlatformLayer.all("ObjectStore");

        assertThat(stores).hasSize(1);
        JsonNode configuration = stores.get(0).at("/spec/configuration");
        assertThat(stores.get(0).at("/spec/retentionPolicy").asText()).isEqualTo("30d");
        assertThat(configuration.path("destinationPath").asText()).startsWith("s3://");
        for (String key : List.of("accessKeyId", "secretAccessKey")) {
            assertThat(configuration.at("/s3Credentials/" + key + "/name").asText()).isEqualTo("pswcp-backup-s3");
            assertThat(configuration.at("/s3Credentials/" + key + "/key").asText()).isNotBlank();
        }
        assertThat(configuration.at("/wal/encryption").asText()).isNotBlank();
        assertThat(configuration.at("/data/encryption").asText()).isNotBlank();
    }

    @Test
    void withTheWiringEveryServiceReadsTheCredentialsOfItsOwnCluster() {
        Overlay wired = PlatformLayer.wiredProd();
        for (String service : Repo.SERVICES) {
            String cluster = service.replace("-service", "-db");
            assertThat(DATABASES).containsKey(cluster);
            for (var variable : Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc-uri", "QUARKUS_DATASOURCE_USERNAME",
                    "username", "QUARKUS_DATASOURCE_PASSWORD", "password").entrySet()) {
                var ref = secretKeyRef(wired, service, variable.getKey());
                assertThat(ref.getName()).as("%s %s", service, variable.getKey()).isEqualTo(cluster + "-app");
                assertThat(ref.getKey()).as("%s %s", service, variable.getKey()).isEqualTo(variable.getValue());
            }
        }
    }

    @Test
    void withoutTheWiringTheServicesReadTheSecretsTheReadmeAsksYouToMake() {
        for (String service : Repo.SERVICES) {
            assertThat(secretKeyRef(Overlay.prod(), service, "QUARKUS_DATASOURCE_PASSWORD").getName())
                    .isEqualTo(service + "-db");
        }
    }

    @Test
    void theWiringChangesNothingButTheDatabaseSecrets() {
        Overlay wired = PlatformLayer.wiredProd();

        assertThat(wired.documents()).hasSameSizeAs(Overlay.prod().documents());
        for (String service : Repo.SERVICES) {
            assertThat(wired.container(service).getEnv()).extracting(EnvVar::getName)
                    .containsExactlyElementsOf(
                            Overlay.prod().container(service).getEnv().stream().map(EnvVar::getName).toList());
            assertThat(wired.container(service).getEnv()).filteredOn(e -> !e.getName().startsWith("QUARKUS_DATASOURCE"))
                    .isEqualTo(Overlay.prod().container(service).getEnv().stream()
                            .filter(e -> !e.getName().startsWith("QUARKUS_DATASOURCE")).toList());
        }
    }

    @Test
    void theRunbooksRestoreReadsTheOriginalsArchiveAndWritesItsOwn() {
        List<JsonNode> documents = StrictModel.documents(Repo.read("deploy/platform/restore/assessment-db-pitr.yaml"));
        JsonNode restored = documents.stream().filter(d -> "Cluster".equals(d.path("kind").asText())).findFirst()
                .orElseThrow();
        JsonNode original = PlatformLayer.get("Cluster", "assessment-db");
        JsonNode originalArchive = original.at("/spec/plugins/0/parameters");

        assertThat(documents.stream().flatMap(d -> CrdSchemas.problems(d).stream()).toList()).isEmpty();
        JsonNode recovery = restored.at("/spec/bootstrap/recovery");
        assertThat(recovery.at("/recoveryTarget/targetTime").asText()).isNotBlank();
        assertThat(recovery.path("database").asText())
                .isEqualTo(original.at("/spec/bootstrap/initdb/database").asText());
        assertThat(recovery.path("owner").asText()).isEqualTo(original.at("/spec/bootstrap/initdb/owner").asText());
        assertThat(restored.at("/spec/imageName")).isEqualTo(original.at("/spec/imageName"));
        JsonNode source = restored.at("/spec/externalClusters").get(0);
        assertThat(source.path("name").asText()).isEqualTo(recovery.path("source").asText());
        assertThat(source.at("/plugin/parameters")).isEqualTo(originalArchive);
        JsonNode ownArchive = restored.at("/spec/plugins/0/parameters");
        assertThat(ownArchive.path("barmanObjectName")).isEqualTo(originalArchive.path("barmanObjectName"));
        assertThat(ownArchive.path("serverName").asText()).isNotEqualTo(originalArchive.path("serverName").asText())
                .startsWith(StrictModel.name(restored) + "-pg");
        assertThat(documents).anySatisfy(d -> assertThat(d.at("/spec/cluster/name").asText())
                .isEqualTo(StrictModel.name(restored)));
    }

    private static io.fabric8.kubernetes.api.model.SecretKeySelector secretKeyRef(Overlay overlay, String service,
            String variable) {
        return overlay.container(service).getEnv().stream().filter(e -> e.getName().equals(variable)).findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no " + variable)).getValueFrom()
                .getSecretKeyRef();
    }
}
