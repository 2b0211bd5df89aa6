package org.pswcp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.KafkaBroker;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InboxTest {

    @Inject
    DataSource dataSource;

    @Test
    void eventDeliveredTwiceIsAppliedOnce() {
        String eventId = UUID.randomUUID().toString();
        String sampleId = UUID.randomUUID().toString();
        KafkaBroker.companion().produceStrings().fromRecords(
                cloudEvent(eventId, sampleId), cloudEvent(eventId, sampleId)).awaitCompletion();

        Db db = new Db(dataSource);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                db.count("select count(*) from kit.inbox_event where event_id = ?", eventId)).isEqualTo(1));
        waitUntilConsumed(sampleId);
        assertThat(db.single("select applied from sample_applied where event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void relayRestartedMidBatchDuplicatesNothingAConsumerApplies() throws Exception {
        UUID id = Samples.createdId(Samples.uniqueTitle());
        Db db = new Db(dataSource);
        Object eventId = db.single("select id from kit.outbox_event where subject = ?", "samples/" + id);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                db.single("select applied from sample_applied where event_id = ?", eventId.toString()))
                .isEqualTo(1));

        // A relay that sent the batch and died before marking it: its expired claim is all that is left.
        db.update("update kit.outbox_event set published_at = null, claimed_by = 'relay-that-died',"
                + " claimed_until = now() - interval '1 second' where id = ?", eventId);

        List<ConsumerRecord<String, String>> records = CloudEvents.withKey(Samples.TOPIC, id.toString(), 2,
                Duration.ofSeconds(15));
        assertThat(records).extracting(r -> CloudEvents.header(r, "ce_id")).containsOnly(eventId.toString());
        waitUntilConsumed(id.toString());
        assertThat(db.single("select applied from sample_applied where event_id = ?", eventId.toString()))
                .isEqualTo(1);
        assertThat(db.single("select published_at from kit.outbox_event where id = ?", eventId)).isNotNull();
    }

    @Test
    void poisonMessageGoesToTheDeadLetterTopicAndTheNextMessageIsProcessed() {
        String poisonKey = "poison-" + UUID.randomUUID();
        String sampleId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        KafkaBroker.companion().produceStrings().fromRecords(
                new ProducerRecord<>(Samples.TOPIC, 0, poisonKey, "{\"not\":\"a cloud event\"}"),
                withPartition(cloudEvent(eventId, sampleId), 0)).awaitCompletion();

        List<ConsumerRecord<String, String>> dead = CloudEvents.withKey(Samples.TOPIC + ".dlq", poisonKey, 1,
                Duration.ofSeconds(15));
        assertThat(CloudEvents.header(dead.get(0), "dead-letter-reason"))
                .isEqualTo("Not a CloudEvent: the ce_id or ce_type header is missing");
        assertThat(CloudEvents.header(dead.get(0), "dead-letter-topic")).isEqualTo(Samples.TOPIC);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(new Db(dataSource)
                .single("select applied from sample_applied where event_id = ?", eventId)).isEqualTo(1));
    }

    @Test
    void eventWhoseDataDoesNotFitTheConsumersViewIsDeadLettered() {
        String eventId = UUID.randomUUID().toString();
        CloudEvents.send(CloudEvents.event(Samples.TOPIC, "bad-" + eventId, "org.pswcp.sample.created.v1", eventId,
                "R9A", "{\"sampleId\":{\"nested\":true}}"));

        List<ConsumerRecord<String, String>> dead = CloudEvents.withKey(Samples.TOPIC + ".dlq", "bad-" + eventId, 1,
                Duration.ofSeconds(15));
        assertThat(CloudEvents.header(dead.get(0), "dead-letter-reason")).contains("does not fit SampleCreatedView");
        assertThat(new Db(dataSource).count("select count(*) from kit.inbox_event where event_id = ?", eventId))
                .isZero();
    }

    private void waitUntilConsumed(String sampleId) {
        // A marker event behind the others on the same key and partition: once it is applied, so are they.
        String marker = UUID.randomUUID().toString();
        KafkaBroker.companion().produceStrings().fromRecords(cloudEvent(marker, sampleId)).awaitCompletion();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(new Db(dataSource)
                .count("select count(*) from sample_applied where event_id = ?", marker)).isEqualTo(1));
    }

    static ProducerRecord<String, String> cloudEvent(String eventId, String sampleId) {
        return CloudEvents.event(Samples.TOPIC, sampleId, "org.pswcp.sample.created.v1", eventId, "R9A",
                "{\"sampleId\":\"" + sampleId + "\",\"title\":\"from a test\"}");
    }

    private static ProducerRecord<String, String> withPartition(ProducerRecord<String, String> record, int partition) {
        ProducerRecord<String, String> copy = new ProducerRecord<>(record.topic(), partition, record.key(),
                record.value());
        record.headers().forEach(h -> copy.headers().add(h));
        return copy;
    }
}
