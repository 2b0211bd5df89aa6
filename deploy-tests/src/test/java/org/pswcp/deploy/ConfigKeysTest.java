package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;

/** Every environment variable that the manifests give a service sets a config key that the service has. */
class ConfigKeysTest {

    static final List<String> OVERLAYS = Overlay.NAMES;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyEnvironmentVariableIsAConfigKeyOfItsService(String overlay) {
        var softly = new SoftAssertions();
        for (String service : Repo.SERVICES) {
            ConfigKeys keys = ConfigKeys.of(service);
            for (String name : environment(Overlay.of(overlay), service)) {
                softly.assertThat(keys.knows(name))
                        .as("%s: %s sets %s, which is no config key of %s (see ConfigKeys for what counts)", overlay,
                                service, name, service)
                        .isTrue();
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceIsGivenItsDatabaseKafkaAndOidcSettings(String overlay) {
        for (String service : Repo.SERVICES) {
            assertThat(environment(Overlay.of(overlay), service)).as("%s %s", overlay, service).contains(
                    "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                    "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SASL_JAAS_CONFIG", "QUARKUS_OIDC_AUTH_SERVER_URL");
        }
    }

    @Test
    void keysComeFromPropertiesConfigMappingsAndKafkasOwnSettings() {
        ConfigKeys framework = ConfigKeys.of("framework-service");

        assertThat(framework.knows("QUARKUS_DATASOURCE_JDBC_URL")).isTrue();
        assertThat(framework.knows("QUARKUS_DATASOURCE_KIT_JDBC_MAX_SIZE")).isTrue();
        assertThat(framework.knows("PSWCP_CATALOGUE_LOAD_BUNDLED_FRAMEWORKS")).isTrue();
        assertThat(framework.knows("PSWCP_OUTBOX_BATCH_SIZE")).isTrue();
        assertThat(framework.knows("PSWCP_IDEMPOTENCY_RETENTION")).isTrue();
        assertThat(framework.knows("KAFKA_SASL_JAAS_CONFIG")).isTrue();
        assertThat(framework.knows("KAFKA_SSL_TRUSTSTORE_LOCATION")).isTrue();
        ConfigKeys supervision = ConfigKeys.of("supervision-service");
        assertThat(supervision.knows("PSWCP_TIME_ZONE")).as("a key of the kit").isTrue();
        assertThat(supervision.knows("SUPERVISION_CONFIDENTIAL_KEY")).isTrue();
        assertThat(supervision.knows("SUPERVISION_OVERDUE_CHECK_EVERY")).isTrue();
        assertThat(supervision.knows("SUPERVISION_CONFIDENTIAL_PREVIOUS_KEYS")).as("a list").isTrue();
    }

    @Test
    void misspelledOrForeignKeysAreNotConfigKeys() {
        ConfigKeys framework = ConfigKeys.of("framework-service");

        assertThat(framework.knows("QUARKUS_DATASOURCE_JDBC_URI")).isFalse();
        assertThat(framework.knows("KAFKA_SASL_JASS_CONFIG")).isFalse();
        assertThat(framework.knows("PSWCP_CATALOGUE_LOAD_BUNDLED_FRAMEWORK")).isFalse();
        assertThat(framework.knows("SUPERVISION_CONFIDENTIAL_KEY")).as("another service's key").isFalse();
        assertThat(framework.knows("JAVA_OPTS")).as("the JVM's options are the image's business").isFalse();
    }

    /** The variables the service's container gets: its env, and the keys of the ConfigMaps it takes whole. */
    /** The plain value the service's container gets for a variable (from its env or a ConfigMap), or null. */
    static String environmentValue(Overlay overlay, String service, String name) {
        Container container = overlay.container(service);
        for (EnvVar env : container.getEnv()) {
            if (env.getName().equals(name)) {
                return env.getValue();
            }
        }
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                String value = overlay.configMap(from.getConfigMapRef().getName()).getData().get(name);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    static List<String> environment(Overlay overlay, String service) {
        Container container = overlay.container(service);
        List<String> names = new ArrayList<>(container.getEnv().stream().map(EnvVar::getName).toList());
        for (EnvFromSource from : container.getEnvFrom()) {
            assertThat(from.getPrefix()).as("envFrom prefix").isNull();
            if (from.getConfigMapRef() != null) {
                names.addAll(overlay.configMap(from.getConfigMapRef().getName()).getData().keySet());
            }
        }
        return names;
    }
}
