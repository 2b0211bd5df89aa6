package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/** The platform's Kafka cluster is the one the services, their KafkaTopics and their KafkaUsers expect. */
class PlatformKafkaTest {

    private static final JsonNode KAFKA = PlatformLayer.all("Kafka").get(0);

    @Test
    void theClusterRunsThreeBrokersAndThreeSeparateControllersOfItsOwn() {
        List<JsonNode> pools = PlatformLayer.all("KafkaNodePool");

        assertThat(PlatformLayer.all("Kafka")).hasSize(1);
        assertThat(pools).allSatisfy(p -> assertThat(p.at("/metadata/labels/strimzi.io~1cluster").asText())
                .isEqualTo(StrictModel.name(KAFKA)));
        assertThat(replicasWithRole(pools, "broker")).isEqualTo(3);
        assertThat(replicasWithRole(pools, "controller")).isEqualTo(3);
        assertThat(pools).allSatisfy(p -> assertThat(p.at("/spec/roles")).hasSize(1));
    }

    @Test
    void everyPartitionIsWrittenToThreeBrokersAndAcknowledgedByTwo() {
        JsonNode config = KAFKA.at("/spec/kafka/config");

        assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(config.path("offsets.topic.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("auto.create.topics.enable").asBoolean(true)).isFalse();
        for (KafkaTopic topic : Overlay.prod().all(KafkaTopic.class)) {
            assertThat(topic.getSpec().getReplicas()).as(topic.getMetadata().getName()).isEqualTo(3);
            assertThat(topic.getSpec().getConfig()).as(topic.getMetadata().getName())
                    .containsEntry("min.insync.replicas", 2);
        }
    }

    @Test
    void theServicesListenerAuthenticatesAndAuthorisesAsTheKafkaUsersSay() {
        Overlay prod = Overlay.prod();
        JsonNode listener = listenerOnPortOf(bootstrap(prod));

        assertThat(listener.path("tls").asBoolean()).isTrue();
        for (KafkaUser user : prod.all(KafkaUser.class)) {
            assertThat(listener.at("/authentication/type").asText()).as(user.getMetadata().getName())
                    .isEqualTo(user.getSpec().getAuthentication().getType());
            assertThat(KAFKA.at("/spec/kafka/authorization/type").asText()).as(user.getMetadata().getName())
                    .isEqualTo(user.getSpec().getAuthorization().getType());
        }
        assertThat(KAFKA.at("/spec/entityOperator/userOperator").isObject()).as("the User Operator makes the users")
                .isTrue();
        assertThat(KAFKA.at("/spec/entityOperator/topicOperator").isObject()).as("the Topic Operator makes the topics")
                .isTrue();
    }

    @Test
    void theServicesTopicsAndUsersNameThisCluster() {
        Overlay prod = Overlay.prod();
        String cluster = StrictModel.name(KAFKA);

        assertThat(bootstrap(prod)).startsWith(cluster + "-kafka-bootstrap:");
        assertThat(prod.all(KafkaTopic.class)).allSatisfy(
                t -> assertThat(t.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster));
        assertThat(prod.all(KafkaUser.class)).allSatisfy(
                u -> assertThat(u.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster));
        for (String service : Repo.SERVICES) {
            assertThat(prod.deployment(service).getSpec().getTemplate().getSpec().getVolumes())
                    .as("%s mounts the CA secret Strimzi writes for cluster %s", service, cluster)
                    .anySatisfy(v -> assertThat(v.getSecret()).isNotNull()
                            .satisfies(s -> assertThat(s.getSecretName()).isEqualTo(cluster + "-cluster-ca-cert")));
        }
    }

    private static String bootstrap(Overlay overlay) {
        List<String> addresses = Repo.SERVICES.stream()
                .map(s -> ConfigKeysTest.environmentValue(overlay, s, "KAFKA_BOOTSTRAP_SERVERS")).distinct().toList();
        assertThat(addresses).hasSize(1);
        return addresses.get(0);
    }

    private static JsonNode listenerOnPortOf(String bootstrap) {
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        for (JsonNode listener : KAFKA.at("/spec/kafka/listeners")) {
            if (listener.path("port").asInt() == port) {
                return listener;
            }
        }
        throw new AssertionError("the Kafka cluster has no listener on port " + port + ", where the services connect");
    }

    private static int replicasWithRole(List<JsonNode> pools, String role) {
        int replicas = 0;
        for (JsonNode pool : pools) {
            for (JsonNode r : pool.at("/spec/roles")) {
                if (role.equals(r.asText())) {
                    replicas += pool.at("/spec/replicas").asInt();
                }
            }
        }
        return replicas;
    }
}
