package org.pswcp.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.awaitility.Awaitility;

/**
 * Kafka records in the platform's CloudEvents binary mode, as another service's outbox would send them, and reading
 * back what a service sent.
 */
public final class CloudEvents {

    private CloudEvents() {
    }

    /** A record with the CloudEvents headers of an event of this type, id and organisation. */
    public static ProducerRecord<String, String> event(String topic, String key, String type, String id,
            String organisation, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_type", type);
        header(record, "ce_source", "urn:pswcp:test");
        header(record, "ce_subject", "test/" + key);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        if (organisation != null) {
            header(record, "ce_organisation", organisation);
        }
        return record;
    }

    public static ProducerRecord<String, String> event(String topic, String key, String type, String organisation,
            String json) {
        return event(topic, key, type, UUID.randomUUID().toString(), organisation, json);
    }

    /** Sends the records and waits until the broker has them. */
    @SafeVarargs
    public static void send(ProducerRecord<String, String>... records) {
        KafkaBroker.companion().produceStrings().fromRecords(records).awaitCompletion();
    }

    /** The records with this key that reach the topic within the wait (at least {@code expected} of them). */
    public static List<ConsumerRecord<String, String>> withKey(String topic, String key, int expected,
            Duration wait) {
        try (var task = KafkaBroker.companion().consumeStrings()
                .fromTopics(topic, m -> m.select().where(r -> key.equals(r.key())))) {
            task.awaitRecords(expected, wait);
            return task.getRecords();
        }
    }

    /** The one record with this key, after making sure no second one follows it. */
    public static ConsumerRecord<String, String> onlyOneWithKey(String topic, String key, Duration wait) {
        return exactlyWithKey(topic, key, 1, wait).get(0);
    }

    /**
     * All the records with this key, after they reached {@code expected} and no further one followed for three seconds:
     * what a test that says something is announced once (or {@code expected} times, in all) waits on.
     */
    public static List<ConsumerRecord<String, String>> exactlyWithKey(String topic, String key, int expected,
            Duration wait) {
        try (var task = KafkaBroker.companion().consumeStrings()
                .fromTopics(topic, m -> m.select().where(r -> key.equals(r.key())))) {
            task.awaitRecords(expected, wait);
            Awaitility.await("no record with key " + key + " on " + topic + " beyond the " + expected + " expected")
                    .during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> task.count() == expected);
            return task.getRecords();
        }
    }

    /** The value of a CloudEvents header of a record read from a topic, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        return value(record.headers(), name);
    }

    /** The value of a CloudEvents header of a record made to be sent, or null. */
    public static String header(ProducerRecord<?, ?> record, String name) {
        return value(record.headers(), name);
    }

    /** The event's id ({@code ce_id}): what a consumer's inbox records once it has applied the event. */
    public static String id(ProducerRecord<?, ?> record) {
        return header(record, "ce_id");
    }

    private static String value(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
