package org.pswcp.kit.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.deadletter.DeadLetterDtos.DeadLetter;
import org.pswcp.kit.deadletter.DeadLetterDtos.Position;
import org.pswcp.kit.deadletter.DeadLetterDtos.ReplayOutcome;
import org.pswcp.kit.deadletter.DeadLetterDtos.ReplayReport;
import org.pswcp.kit.inbox.Inbox;
import org.pswcp.kit.inbox.InboxConsumer;
import org.pswcp.kit.outbox.CloudEventHeaders;
import org.pswcp.kit.problem.ResourceNotFoundException;

import io.smallrye.common.annotation.Identifier;

/**
 * The dead letters of this service's consumers, read from each one's dead-letter topic with a consumer of no group (so
 * nothing is committed and the topic stays as it is), and replayed to the consumer that could not apply them, through
 * the {@link Inbox}: at most once, however often. A dead-letter topic may be shared by two services' consumers of the
 * same topic; each service lists and replays only what its own consumer could not apply (the
 * {@value Inbox#CONSUMER_HEADER} header), and records dead-lettered before that header existed to every consumer of the
 * topic, where the inbox makes a repeat harmless.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration POLL = Duration.ofMillis(500);
    /** SmallRye's headers on a dead-lettered record. */
    private static final String REASON_HEADER = "dead-letter-reason";
    private static final String CAUSE_HEADER = "dead-letter-exception-class-name";
    private static final String TOPIC_HEADER = "dead-letter-topic";
    private static final String OFFSET_HEADER = "dead-letter-offset";
    private static final String PARTITION_HEADER = "dead-letter-partition";
    /** A reason is the exception's message: enough to say what went wrong, never a whole payload. */
    private static final int REASON_CHARACTERS = 200;

    private final Instance<InboxConsumer> consumers;
    private final Inbox inbox;
    private final Map<String, Object> kafka;
    private final Config config;

    DeadLetters(Instance<InboxConsumer> consumers, Inbox inbox,
            @Identifier("default-kafka-broker") Map<String, Object> kafka, Config config) {
        this.consumers = consumers;
        this.inbox = inbox;
        this.kafka = kafka;
        this.config = config;
    }

    /** Every dead letter of this service's consumers, oldest first per topic partition. */
    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        for (InboxConsumer consumer : consumers) {
            read(consumer, p -> true).forEach(r -> letters.add(view(consumer, r)));
        }
        return letters;
    }

    /** Replays the consumer's dead letters at these positions, or all of them when none are named; audited. */
    @Audited(action = "dead-letter.replay", resourceType = "consumer")
    public ReplayReport replay(@AuditedResourceId String consumerName, List<Position> positions) {
        InboxConsumer consumer = consumer(consumerName)
                .orElseThrow(() -> new ResourceNotFoundException("consumer", consumerName));
        Set<Position> wanted = positions == null ? Set.of() : Set.copyOf(positions);
        List<ConsumerRecord<String, String>> records = read(consumer,
                p -> wanted.isEmpty() || wanted.contains(p));
        List<ReplayOutcome> outcomes = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            String outcome;
            String failure = null;
            try {
                outcome = inbox.replay(consumer, record).name();
            } catch (RuntimeException e) {
                outcome = "FAILED";
                failure = e.getClass().getSimpleName(); // its message may quote the event's data
            }
            outcomes.add(new ReplayOutcome(record.partition(), record.offset(),
                    header(record, CloudEventHeaders.ID), outcome, failure));
        }
        return new ReplayReport(consumer.name(), deadLetterTopic(consumer), outcomes);
    }

    private Optional<InboxConsumer> consumer(String name) {
        return consumers.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The consumer's dead letters whose positions pass, read from the start to the end the topic has now. */
    private List<ConsumerRecord<String, String>> read(InboxConsumer consumer, Predicate<Position> at) {
        String topic = deadLetterTopic(consumer);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> reader = reader()) {
            List<TopicPartition> partitions = reader.partitionsFor(topic, POLL.multipliedBy(20)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                return found;
            }
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(reader.endOffsets(partitions));
            end.values().removeIf(offset -> offset == 0);
            while (!end.isEmpty()) {
                for (ConsumerRecord<String, String> record : reader.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (isFor(consumer, record) && at.test(new Position(record.partition(), record.offset()))) {
                        found.add(record);
                    }
                    if (record.offset() + 1 >= end.getOrDefault(partition, 0L)) {
                        end.remove(partition);
                    }
                }
                end.keySet().removeIf(p -> reader.position(p) >= end.get(p));
            }
        }
        return found;
    }

    /** A letter is this consumer's if it says so, or, from before letters said whose they were, if its topic is. */
    private boolean isFor(InboxConsumer consumer, ConsumerRecord<String, String> record) {
        String named = header(record, Inbox.CONSUMER_HEADER);
        String from = header(record, TOPIC_HEADER);
        return named != null ? named.equals(consumer.name()) : from == null || from.equals(topic(consumer));
    }

    private KafkaConsumer<String, String> reader() {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "pswcp-dead-letters");
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }

    private DeadLetter view(InboxConsumer consumer, ConsumerRecord<String, String> record) {
        String eventId = header(record, CloudEventHeaders.ID);
        String reason = header(record, REASON_HEADER);
        String attempts = header(record, Inbox.ATTEMPTS_HEADER);
        String offset = header(record, OFFSET_HEADER);
        String partition = header(record, PARTITION_HEADER);
        return new DeadLetter(consumer.name(), record.topic(), record.partition(), record.offset(),
                header(record, TOPIC_HEADER), partition == null ? null : Integer.valueOf(partition),
                offset == null ? null : Long.valueOf(offset), record.key(), eventId,
                header(record, CloudEventHeaders.TYPE), Instant.ofEpochMilli(record.timestamp()),
                header(record, CAUSE_HEADER),
                reason == null || reason.length() <= REASON_CHARACTERS
                        ? reason
                        : reason.substring(0, REASON_CHARACTERS) + "…",
                attempts == null ? null : Integer.valueOf(attempts),
                eventId != null && inbox.hasApplied(consumer.name(), eventId));
    }

    private String topic(InboxConsumer consumer) {
        return config.getOptionalValue("mp.messaging.incoming." + consumer.channel() + ".topic", String.class)
                .orElse(consumer.channel());
    }

    private String deadLetterTopic(InboxConsumer consumer) {
        return config.getOptionalValue("mp.messaging.incoming." + consumer.channel() + ".dead-letter-queue.topic",
                String.class).orElse("dead-letter-topic-" + consumer.channel());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
