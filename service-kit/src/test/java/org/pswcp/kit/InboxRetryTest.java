package org.pswcp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.kit.inbox.Inbox;
import org.pswcp.kit.sample.SampleConsumer;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.KafkaBroker;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A failure that passes (here a lock timeout) is retried before anything is dead-lettered; one that does not pass, or
 * an event that fails every attempt, goes to the dead-letter topic saying how often it was tried, and the partition
 * flows on.
 */
@QuarkusTest
@TestProfile(InboxRetryTest.QuickRetries.class)
class InboxRetryTest {

    public static class QuickRetries implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pswcp.inbox.max-attempts", "4", "pswcp.inbox.initial-backoff", "PT0.05S",
                    "pswcp.inbox.max-backoff", "PT0.2S");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void aLockTimeoutIsRetriedAndTheEventAppliedOnceNotDeadLettered() {
        String sampleId = UUID.randomUUID().toString();
        String eventId = send(sampleId, "flaky title");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(new Db(dataSource)
                .single("select applied from sample_applied where event_id = ?", eventId)).isEqualTo(1));
        assertThat(SampleConsumer.ATTEMPTS.get(eventId)).isEqualTo(3);
        try (var dead = KafkaBroker.companion().consumeStrings().fromTopics(Samples.TOPIC + ".dlq",
                m -> m.select().where(r -> sampleId.equals(r.key())))) {
            dead.awaitNoRecords(Duration.ofSeconds(3));
        }
    }

    @Test
    void anEventThatFailsEveryAttemptIsDeadLetteredWithItsAttemptsAndTheNextIsApplied() {
        String sampleId = UUID.randomUUID().toString();
        String busy = send(sampleId, "busy title");
        String next = send(sampleId, "the next one, same key");

        ConsumerRecord<String, String> dead = CloudEvents.withKey(Samples.TOPIC + ".dlq", sampleId, 1,
                Duration.ofSeconds(15)).get(0);
        assertThat(CloudEvents.header(dead, "ce_id")).isEqualTo(busy);
        assertThat(CloudEvents.header(dead, Inbox.ATTEMPTS_HEADER)).isEqualTo("4");
        assertThat(CloudEvents.header(dead, "dead-letter-reason")).isEqualTo("lock timeout on sample_applied");
        assertThat(SampleConsumer.ATTEMPTS.get(busy)).isEqualTo(4);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(new Db(dataSource)
                .single("select applied from sample_applied where event_id = ?", next)).isEqualTo(1));
        assertThat(new Db(dataSource).count("select count(*) from kit.inbox_event where event_id = ?", busy))
                .isZero();
    }

    @Test
    void aFailureThatWouldRecurIsDeadLetteredAtOnce() {
        String sampleId = UUID.randomUUID().toString();
        String buggy = send(sampleId, "bug title");

        ConsumerRecord<String, String> dead = CloudEvents.withKey(Samples.TOPIC + ".dlq", sampleId, 1,
                Duration.ofSeconds(15)).get(0);
        assertThat(CloudEvents.header(dead, Inbox.ATTEMPTS_HEADER)).isEqualTo("1");
        assertThat(SampleConsumer.ATTEMPTS.get(buggy)).isEqualTo(1);
    }

    private static String send(String sampleId, String title) {
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, String> record = CloudEvents.event(Samples.TOPIC, sampleId,
                "org.pswcp.sample.created.v1", eventId, "R9A",
                "{\"sampleId\":\"" + sampleId + "\",\"title\":\"" + title + "\"}");
        CloudEvents.send(record);
        return eventId;
    }

}
