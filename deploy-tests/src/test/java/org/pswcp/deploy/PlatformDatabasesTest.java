package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.EnvVar;

/**
 * Each service (and Keycloak) has a PostgreSQL cluster of its own that archives its WAL and is backed up every day to
 * object storage, so that it can be restored to a point in time; and the services read that cluster's credentials.
 * supervision-service's key store (each worker's data key) is a cluster of its own too, whose backups go to a store
 * kept for a shorter time than the data's: a destroyed worker's key, and with it the last way to open their
 * confidential content in any backup, is gone from backups long before the data's backups expire.
 */
class PlatformDatabasesTest {

    /** The cluster of each service, of the key store and of Keycloak, and the database it creates. */
    static final Map<String, String> DATABASES = Map.of(
            "framework-db", "pswcp_framework",
            "assessment-db", "pswcp_assessment",
            "supervision-db", "pswcp_supervision",
            "supervision-keys-db", "pswcp_supervision_keys",
            "keycloak-db", "keycloak");
    static final List<String> CLUSTERS = DATABASES.keySet().stream().sorted().toList();
    /** supervision-service's key store, and the ObjectStores of the data (30 days) and of the key store (7 days). */
    static final String KEY_STORE = "supervision-keys-db";
    static final String DATA_BACKUPS = "pswcp-backups";
    static final String KEY_BACKUPS = "pswcp-key-backups";
    /**
     * The datasources each service's Deployment points at a database: the config prefix of its environment variables
     * (the default datasource, and supervision-service's "keys"), the cluster of deploy/platform it reads through the
     * wiring, and the secret it reads without it.
     */
    static final Map<String, List<Datasource>> DATASOURCES = Map.of(
            "framework-service", List.of(new Datasource("QUARKUS_DATASOURCE_", "framework-db", "framework-service-db")),
            "assessment-service",
            List.of(new Datasource("QUARKUS_DATASOURCE_", "assessment-db", "assessment-service-db")),
            "supervision-service", List.of(
                    new Datasource("QUARKUS_DATASOURCE_", "supervision-db", "supervision-service-db"),
                    new Datasource("QUARKUS_DATASOURCE_KEYS_", KEY_STORE, "supervision-service-keys-db")));
    /** Each variable of a datasource, by the key of the secret it reads (CloudNativePG's names). */
    private static final Map<String, String> SECRET_KEYS = Map.of("JDBC_URL", "jdbc-uri", "USERNAME", "username",
            "PASSWORD", "password");
    private static final Pattern NAMED_DATASOURCE = Pattern.compile("quarkus\\.datasource\\.([\\w-]+)\\.db-kind");
    /** The kit's datasource is the service's own database under another name, on purpose (its schema kit). */
    private static final Set<String> SAME_DATABASE = Set.of("kit");
    private static final String BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";
    static final List<String> RESTORES = restores();
    static final List<String> OVERLAYS = Overlay.NAMES;

    record Datasource(String prefix, String cluster, String secret) {
    }

    @Test
    void everyServiceTheKeyStoreAndKeycloakHaveAClusterOfTheirOwnWithThreeInstances() {
        assertThat(PlatformLayer.all("Cluster")).extracting(StrictModel::name)
                .containsExactlyInAnyOrderElementsOf(CLUSTERS);
        for (String name : CLUSTERS) {
            JsonNode cluster = PlatformLayer.get("Cluster", name);
            assertThat(cluster.at("/spec/instances").asInt()).as(name).isEqualTo(3);
            assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).as(name).isEqualTo(DATABASES.get(name));
            assertThat(cluster.at("/spec/bootstrap/initdb/owner").asText()).as(name).isEqualTo(DATABASES.get(name));
            assertThat(cluster.at("/spec/postgresql/synchronous/number").asInt()).as("%s: a synchronous standby", name)
                    .isEqualTo(1);
            assertThat(cluster.at("/spec/affinity/podAntiAffinityType").asText()).as("%s: instances apart", name)
                    .isEqualTo("required");
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
        assertThat(plugin.at("/parameters/barmanObjectName").asText())
                .as("the key store's backups are kept shorter than the data's, in a store of their own")
                .isEqualTo(KEY_STORE.equals(name) ? KEY_BACKUPS : DATA_BACKUPS);
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
    void everyClusterOfTheLayerHasABackupAndTheBackupsAreStaggered() {
        List<JsonNode> backups = PlatformLayer.all("ScheduledBackup");

        assertThat(backups).extracting(b -> b.at("/spec/cluster/name").asText()).as("the clusters backed up")
                .containsExactlyInAnyOrderElementsOf(
                        PlatformLayer.all("Cluster").stream().map(StrictModel::name).toList());
        assertThat(backups).extracting(b -> b.at("/spec/schedule").asText()).as("one at a time")
                .doesNotHaveDuplicates();
    }

    @Test
    void theObjectStoresTakeTheirCredentialsFromASecretByNameAndAreEncrypted() {
        List<JsonNode> stores = PlatformLayer.all("ObjectStore");

        assertThat(stores).extracting(StrictModel::name).containsExactlyInAnyOrder(DATA_BACKUPS, KEY_BACKUPS);
        for (JsonNode store : stores) {
            JsonNode configuration = store.at("/spec/configuration");
            String name = StrictModel.name(store);
            assertThat(configuration.path("destinationPath").asText()).as(name).startsWith("s3://");
            for (String key : List.of("accessKeyId", "secretAccessKey")) {
                assertThat(configuration.at("/s3Credentials/" + key + "/name").asText()).as(name)
                        .isEqualTo("pswcp-backup-s3");
                assertThat(configuration.at("/s3Credentials/" + key + "/key").asText()).as(name).isNotBlank();
            }
            assertThat(configuration.at("/wal/encryption").asText()).as(name).isNotBlank();
            assertThat(configuration.at("/data/encryption").asText()).as(name).isNotBlank();
        }
    }

    @Test
    void theKeyStoresBackupsAreKeptAWeekAndShorterThanTheDatasThirtyDays() {
        String data = PlatformLayer.get("ObjectStore", DATA_BACKUPS).at("/spec/retentionPolicy").asText();
        String keys = PlatformLayer.get("ObjectStore", KEY_BACKUPS).at("/spec/retentionPolicy").asText();

        assertThat(data).as("the window of point-in-time recovery (docs/DATA-PROTECTION.md)").isEqualTo("30d");
        assertThat(keys).as("how long a destroyed worker's confidential content stays readable from backups")
                .isEqualTo("7d");
        assertThat(days(keys)).as("the key store's retention, in days, against the data's").isLessThan(days(data));
    }

    @Test
    void theKeyStoresBackupsLiveApartFromTheDatasAndHoldNothingElse() {
        String data = PlatformLayer.get("ObjectStore", DATA_BACKUPS).at("/spec/configuration/destinationPath").asText();
        String keys = PlatformLayer.get("ObjectStore", KEY_BACKUPS).at("/spec/configuration/destinationPath").asText();

        // A bucket (or prefix) of its own: its lifecycle, and what it keeps of deleted objects, are its own.
        assertThat(keys).as("the key store's destinationPath").doesNotStartWith(data);
        assertThat(data).as("the data's destinationPath").doesNotStartWith(keys);
        for (JsonNode cluster : allClusters()) {
            String name = StrictModel.name(cluster);
            boolean keyStore = isKeyStore(cluster);
            for (JsonNode archive : archives(cluster)) {
                assertThat(archive.path("barmanObjectName").asText())
                        .as("%s writes or reads %s", name, archive.path("serverName").asText())
                        .isEqualTo(keyStore ? KEY_BACKUPS : DATA_BACKUPS);
            }
        }
        assertThat(allClusters()).as("the key store and its restore").filteredOn(PlatformDatabasesTest::isKeyStore)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void withTheWiringEveryServiceReadsTheCredentialsOfItsOwnClusters() {
        Overlay wired = PlatformLayer.wiredProd();
        assertThat(DATASOURCES).containsOnlyKeys(Repo.SERVICES);
        for (String service : Repo.SERVICES) {
            assertThat(DATASOURCES.get(service).get(0).cluster()).as("%s's own database", service)
                    .isEqualTo(service.replace("-service", "-db"));
            for (Datasource datasource : DATASOURCES.get(service)) {
                assertThat(DATABASES).containsKey(datasource.cluster());
                assertReadsSecret(wired, service, datasource, datasource.cluster() + "-app");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void withoutTheWiringTheServicesReadTheSecretsTheReadmeAsksYouToMake(String overlay) {
        String readme = Repo.read("deploy/README.md");
        for (String service : Repo.SERVICES) {
            for (Datasource datasource : DATASOURCES.get(service)) {
                assertReadsSecret(Overlay.of(overlay), service, datasource, datasource.secret());
                assertThat(readme).as("deploy/README.md names %s", datasource.secret()).contains(datasource.secret());
            }
        }
    }

    /**
     * A datasource that a service declares is given its database by the Deployment, never left to its default: the key
     * store's default is a database beside the service's own, whose backups are kept as long as the data's.
     */
    @Test
    void everyDatasourceAServiceDeclaresIsPointedAtItsDatabase() {
        for (String service : Repo.SERVICES) {
            Set<String> declared = Stream.of(Repo.applicationProperties(service), Repo.kitProperties())
                    .flatMap(p -> p.stringPropertyNames().stream())
                    .map(NAMED_DATASOURCE::matcher).filter(Matcher::matches).map(m -> m.group(1))
                    .filter(name -> !SAME_DATABASE.contains(name))
                    .map(name -> "QUARKUS_DATASOURCE_" + ConfigKeys.env(name) + "_").collect(Collectors.toSet());

            assertThat(DATASOURCES.get(service)).extracting(Datasource::prefix).as(service)
                    .containsAll(declared).contains("QUARKUS_DATASOURCE_");
            for (String overlay : OVERLAYS) {
                assertThat(ConfigKeysTest.environment(Overlay.of(overlay), service)).as("%s %s", overlay, service)
                        .containsAll(declared.stream().map(prefix -> prefix + "JDBC_URL").toList());
            }
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

    @ParameterizedTest
    @FieldSource("RESTORES")
    void theRunbooksRestoreReadsTheOriginalsArchiveAndWritesItsOwn(String file) {
        List<JsonNode> documents = StrictModel.documents(Repo.read(file));
        JsonNode restored = documents.stream().filter(d -> "Cluster".equals(d.path("kind").asText())).findFirst()
                .orElseThrow();
        JsonNode recovery = restored.at("/spec/bootstrap/recovery");
        JsonNode original = PlatformLayer.get("Cluster", recovery.path("source").asText());
        JsonNode originalArchive = original.at("/spec/plugins/0/parameters");

        assertThat(documents.stream().flatMap(d -> CrdSchemas.problems(d).stream()).toList()).isEmpty();
        assertThat(recovery.path("database").asText())
                .isEqualTo(original.at("/spec/bootstrap/initdb/database").asText());
        assertThat(recovery.path("owner").asText()).isEqualTo(original.at("/spec/bootstrap/initdb/owner").asText());
        for (String field : List.of("/spec/imageName", "/spec/instances", "/spec/postgresql", "/spec/storage",
                "/spec/resources", "/spec/affinity")) {
            assertThat(restored.at(field)).as("%s: %s as the original's", file, field).isEqualTo(original.at(field));
        }
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

    /**
     * A point-in-time restore picks its target; the key store's never does: rewound, it would hold again the keys of
     * the workers destroyed since, and open their content in every backup of supervision-db.
     */
    @ParameterizedTest
    @FieldSource("RESTORES")
    void onlyTheKeyStoreIsRestoredToItsLatestPointAndItAlways(String file) {
        JsonNode restored = StrictModel.documents(Repo.read(file)).stream()
                .filter(d -> "Cluster".equals(d.path("kind").asText())).findFirst().orElseThrow();
        JsonNode recovery = restored.at("/spec/bootstrap/recovery");

        if (KEY_STORE.equals(recovery.path("source").asText())) {
            assertThat(recovery.has("recoveryTarget")).as("%s: a recoveryTarget for the key store", file).isFalse();
        } else {
            assertThat(recovery.at("/recoveryTarget/targetTime").asText()).as(file).isNotBlank();
        }
    }

    @Test
    void theRunbookHasARestoreForTheDataAndOneForTheKeyStore() {
        assertThat(RESTORES).contains("deploy/platform/restore/assessment-db-pitr.yaml",
                "deploy/platform/restore/supervision-keys-db-recovery.yaml");
        String runbook = Repo.read("deploy/RUNBOOK.md");
        assertThat(RESTORES).allSatisfy(file -> assertThat(runbook).contains(file.substring("deploy/".length())));
    }

    /** Every restore example of deploy/platform/restore, as a path from the repository's root. */
    private static List<String> restores() {
        try (Stream<Path> files = Files.list(Repo.path("deploy/platform/restore"))) {
            return files.map(f -> Repo.ROOT.relativize(f).toString()).filter(f -> f.endsWith(".yaml")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The layer's clusters and the runbook's restores of them. */
    private static List<JsonNode> allClusters() {
        return Stream.concat(PlatformLayer.all("Cluster").stream(), RESTORES.stream()
                .flatMap(f -> StrictModel.documents(Repo.read(f)).stream())
                .filter(d -> "Cluster".equals(d.path("kind").asText()))).toList();
    }

    /** The key store, or a restore of it: by its database. */
    private static boolean isKeyStore(JsonNode cluster) {
        return DATABASES.get(KEY_STORE).equals(cluster.at("/spec/bootstrap/initdb/database").asText())
                || DATABASES.get(KEY_STORE).equals(cluster.at("/spec/bootstrap/recovery/database").asText());
    }

    /** The archives a cluster writes (its WAL archiver) and reads (the external clusters it recovers from). */
    private static List<JsonNode> archives(JsonNode cluster) {
        return Stream.concat(
                Stream.of(cluster.at("/spec/plugins")).flatMap(PlatformDatabasesTest::elements)
                        .map(p -> p.path("parameters")),
                Stream.of(cluster.at("/spec/externalClusters")).flatMap(PlatformDatabasesTest::elements)
                        .map(e -> e.at("/plugin/parameters")))
                .toList();
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    /** A retention policy of the Barman Cloud plugin (7d, 4w, 1m) in days, a month counted as its shortest. */
    static int days(String retention) {
        Matcher m = Pattern.compile("([1-9]\\d*)([dwm])").matcher(retention);
        assertThat(m.matches()).as("retention policy %s", retention).isTrue();
        return Integer.parseInt(m.group(1)) * switch (m.group(2)) {
            case "d" -> 1;
            case "w" -> 7;
            default -> 28;
        };
    }

    private static void assertReadsSecret(Overlay overlay, String service, Datasource datasource, String secret) {
        for (var variable : SECRET_KEYS.entrySet()) {
            String name = datasource.prefix() + variable.getKey();
            var ref = secretKeyRef(overlay, service, name);
            assertThat(ref.getName()).as("%s: %s %s", overlay, service, name).isEqualTo(secret);
            assertThat(ref.getKey()).as("%s: %s %s", overlay, service, name).isEqualTo(variable.getValue());
        }
    }

    private static io.fabric8.kubernetes.api.model.SecretKeySelector secretKeyRef(Overlay overlay, String service,
            String variable) {
        return overlay.container(service).getEnv().stream().filter(e -> e.getName().equals(variable)).findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no " + variable)).getValueFrom()
                .getSecretKeyRef();
    }
}
