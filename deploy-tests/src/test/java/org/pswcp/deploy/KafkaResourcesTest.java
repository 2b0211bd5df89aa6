package org.pswcp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.common.config.TopicConfig;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;

/**
 * Every topic the services use has a Strimzi KafkaTopic, and every service a KafkaUser allowed what it does. What a
 * service uses is read from the service itself: its incoming channels (topic, group.id, dead-letter topic) from
 * application.properties, and the topics it produces through the outbox from its {@code TOPIC = "..."} constants.
 */
class KafkaResourcesTest {

    static final List<String> OVERLAYS = Overlay.NAMES;
    private static final long FOURTEEN_DAYS_MS = Duration.ofDays(14).toMillis();
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([\\w-]+)\\.topic");
    private static final Pattern PRODUCED = Pattern.compile("\\bString\\s+TOPIC\\s*=\\s*\"([^\"]+)\"");

    record Uses(Set<String> consumed, Set<String> groups, Set<String> deadLetters, Set<String> produced) {

        Stream<String> topics() {
            return Stream.of(consumed, deadLetters, produced).flatMap(Set::stream);
        }
    }

    static Uses uses(String service) {
        Properties p = Repo.applicationProperties(service);
        Set<String> consumed = new TreeSet<>(), groups = new TreeSet<>(), deadLetters = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            Matcher m = INCOMING.matcher(key);
            if (m.matches()) {
                String channel = "mp.messaging.incoming." + m.group(1) + ".";
                consumed.add(p.getProperty(key));
                groups.add(p.getProperty(channel + "group.id", service));
                deadLetters.add(p.getProperty(channel + "dead-letter-queue.topic", p.getProperty(key) + ".dlq"));
            }
        }
        return new Uses(consumed, groups, deadLetters, produced(Repo.path(service + "/src/main/java")));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyTopicTheServicesUseHasAKafkaTopicThatDeletesWithinFourteenDays(String overlay) {
        Map<String, KafkaTopic> topics = topics(overlay);
        var softly = new SoftAssertions();
        Set<String> used = Repo.SERVICES.stream().flatMap(s -> uses(s).topics())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(used).contains("framework.events", "assessment.events", "supervision.events");
        for (String topic : used) {
            KafkaTopic kafkaTopic = topics.get(topic);
            softly.assertThat(kafkaTopic).as("%s: KafkaTopic %s", overlay, topic).isNotNull();
            if (kafkaTopic == null) {
                continue;
            }
            var spec = kafkaTopic.getSpec();
            softly.assertThat(spec.getPartitions()).as(topic + " partitions").isNotNull().isPositive();
            softly.assertThat(spec.getReplicas()).as(topic + " replicas").isNotNull().isPositive();
            softly.assertThat(spec.getConfig()).as(topic + " config").containsEntry("cleanup.policy", "delete");
            Object retention = spec.getConfig().get("retention.ms");
            softly.assertThat(retention).as(topic + " retention.ms").isInstanceOf(Number.class);
            if (retention instanceof Number ms) {
                softly.assertThat(ms.longValue()).as(topic + " retention.ms").isBetween(1L, FOURTEEN_DAYS_MS);
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyEventTopicHasADeadLetterTopicAndTopicSettingsAreKafkasOwn(String overlay) {
        Map<String, KafkaTopic> topics = topics(overlay);
        Set<String> settings = topicSettings();

        assertThat(topics.keySet()).filteredOn(t -> !t.endsWith(".dlq")).allSatisfy(
                t -> assertThat(topics).as("dead-letter topic of " + t).containsKey(t + ".dlq"));
        assertThat(topics.values()).allSatisfy(t -> assertThat(settings)
                .as("settings of KafkaTopic %s are Kafka topic configs", t.getMetadata().getName())
                .containsAll(t.getSpec().getConfig().keySet()));
    }

    @Test
    void prodTopicsSurviveTheLossOfABroker() {
        assertThat(topics("prod").values()).allSatisfy(t -> {
            assertThat(t.getSpec().getReplicas()).as(t.getMetadata().getName()).isGreaterThanOrEqualTo(3);
            assertThat(((Number) t.getSpec().getConfig().get("min.insync.replicas")).intValue())
                    .as(t.getMetadata().getName()).isGreaterThanOrEqualTo(2);
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceHasAKafkaUserAllowedWhatItDoes(String overlay) {
        var softly = new SoftAssertions();
        for (String service : Repo.SERVICES) {
            KafkaUser user = Overlay.of(overlay).get(KafkaUser.class, service);
            softly.assertThat(user.getSpec().getAuthentication()).as(service + " authentication")
                    .isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
            if (!(user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple)) {
                softly.fail("%s: KafkaUser %s has no simple authorization", overlay, service);
                continue;
            }
            List<AclRule> acls = simple.getAcls();
            softly.assertThat(acls).as(service + " ACLs are literal names, no wildcards").allSatisfy(acl -> {
                assertThat(acl.getResource()).isInstanceOfAny(AclRuleTopicResource.class, AclRuleGroupResource.class);
                assertThat(patternType(acl)).isEqualTo(AclResourcePatternType.LITERAL);
            });
            Uses uses = uses(service);
            uses.consumed().forEach(t -> softly.assertThat(allows(acls, "topic", t, AclOperation.READ))
                    .as("%s may read %s", service, t).isTrue());
            uses.groups().forEach(g -> softly.assertThat(allows(acls, "group", g, AclOperation.READ))
                    .as("%s may use group %s", service, g).isTrue());
            // Dead letters are read back too: an operator lists and replays them (the kit's /v1/dead-letters).
            uses.deadLetters().forEach(t -> softly.assertThat(allows(acls, "topic", t, AclOperation.READ))
                    .as("%s may read its dead letters in %s", service, t).isTrue());
            Stream.concat(uses.deadLetters().stream(), uses.produced().stream())
                    .forEach(t -> softly.assertThat(allows(acls, "topic", t, AclOperation.WRITE))
                            .as("%s may write %s", service, t).isTrue());
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void servicesConnectToTheClusterTheirTopicsAndUsersBelongTo(String overlay) {
        Overlay o = Overlay.of(overlay);
        for (String service : Repo.SERVICES) {
            var container = o.container(service);
            String bootstrap = o.configMap(container.getEnvFrom().get(0).getConfigMapRef().getName()).getData()
                    .get("KAFKA_BOOTSTRAP_SERVERS");
            assertThat(bootstrap).as(service).matches("[a-z0-9-]+-kafka-bootstrap:\\d+");
            String cluster = bootstrap.substring(0, bootstrap.indexOf("-kafka-bootstrap"));
            Stream.concat(o.all(KafkaTopic.class).stream(), o.all(KafkaUser.class).stream())
                    .forEach(r -> assertThat(r.getMetadata().getLabels()).as(r.getMetadata().getName())
                            .containsEntry("strimzi.io/cluster", cluster));
            var jaas = container.getEnv().stream().filter(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG")).findFirst()
                    .orElseThrow().getValueFrom().getSecretKeyRef();
            assertThat(jaas.getName()).as("the secret Strimzi writes for KafkaUser " + service).isEqualTo(service);
            assertThat(jaas.getKey()).isEqualTo("sasl.jaas.config");
        }
    }

    private static Map<String, KafkaTopic> topics(String overlay) {
        return Overlay.of(overlay).all(KafkaTopic.class).stream().collect(Collectors.toMap(
                t -> t.getSpec().getTopicName() != null ? t.getSpec().getTopicName() : t.getMetadata().getName(),
                t -> t));
    }

    private static boolean allows(List<AclRule> acls, String type, String name, AclOperation operation) {
        return acls.stream().anyMatch(acl -> {
            boolean resource = switch (acl.getResource()) {
                case AclRuleTopicResource t -> type.equals("topic") && name.equals(t.getName());
                case AclRuleGroupResource g -> type.equals("group") && name.equals(g.getName());
                default -> false;
            };
            return resource && acl.getOperations() != null && acl.getOperations().contains(operation);
        });
    }

    private static AclResourcePatternType patternType(AclRule acl) {
        return switch (acl.getResource()) {
            case AclRuleTopicResource t -> t.getPatternType();
            case AclRuleGroupResource g -> g.getPatternType();
            default -> null;
        };
    }

    /** Kafka's topic-level settings, from its own TopicConfig constants. */
    private static Set<String> topicSettings() {
        return Arrays.stream(TopicConfig.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().endsWith("_CONFIG")
                        && f.getType() == String.class)
                .map(KafkaResourcesTest::value).collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> produced(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            Set<String> topics = new TreeSet<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = PRODUCED.matcher(Files.readString(file));
                while (m.find()) {
                    topics.add(m.group(1));
                }
            }
            return topics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
