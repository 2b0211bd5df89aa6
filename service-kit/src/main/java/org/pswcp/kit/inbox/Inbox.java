package org.pswcp.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;
import org.pswcp.kit.observe.EventTracing;
import org.pswcp.kit.outbox.CloudEventHeaders;
import org.pswcp.kit.request.RequestIds;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Applies each event at most once per consumer: the event's id is recorded in the same transaction as what the handler
 * changes, so a redelivered event (after a relay or consumer restart) changes nothing. An event that failed because of
 * the database or the transaction is tried again, with a growing pause ({@link InboxConfig}); one that still fails, or
 * can never be applied, makes the consumer method throw, and the connector moves the record to the topic's dead-letter
 * topic, with the reason and {@value #ATTEMPTS_HEADER} in its headers. The partition then flows on.
 * <p>
 * Each event is processed in a CONSUMER span that continues the producer's trace, with its ids and organisation on
 * every log line, and is measured: {@code pswcp_inbox_event_latency_seconds} (from the event's time to its processing)
 * and {@code pswcp_inbox_dead_lettered_events_total} (events that failed and go to {@code <topic>.dlq}).
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    /** Parses event data without ever quoting it in an error message. */
    private static final ObjectMapper PARSER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** From "at once" to "the relay was paused for minutes": enough buckets for p50 and p95, few series. */
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5)};

    /** The header of a dead-lettered record that says how many times it was tried. */
    public static final String ATTEMPTS_HEADER = "pswcp-attempts";
    /** The header of a dead-lettered record that names the consumer that could not apply it. */
    public static final String CONSUMER_HEADER = "pswcp-consumer";

    private final EntityManager em;
    private final MeterRegistry registry;
    private final EventTracing tracing;
    private final InboxConfig config;

    Inbox(EntityManager em, MeterRegistry registry, EventTracing tracing, InboxConfig config) {
        this.em = em;
        this.registry = registry;
        this.tracing = tracing;
        this.config = config;
    }

    /**
     * Applies the event in one transaction with its inbox row (joining the caller's, if there is one), unless this
     * consumer has applied it before. A failure of the database or the transaction is retried in a new transaction (not
     * when the caller's transaction was joined: that is the caller's to retry); what still fails sends the record to
     * the dead-letter topic, and is counted.
     *
     * @param consumer the consuming use case: its name keys the inbox, and its dead letters can be replayed to it
     * @param metadata the message's metadata, which a consumer method receives as its second parameter: the dead-letter
     *            topic copies the headers of the connector's copy in it, so {@value #ATTEMPTS_HEADER} goes there
     * @return true if the handler ran, false for a repeat
     */
    public boolean receive(InboxConsumer consumer, ConsumerRecord<String, String> record,
            IncomingKafkaRecordMetadata<?, ?> metadata) {
        return receive(consumer.name(), record, metadata, consumer::apply);
    }

    private boolean receive(String consumer, ConsumerRecord<String, String> record,
            IncomingKafkaRecordMetadata<?, ?> metadata, Consumer<IncomingEvent> handler) {
        Headers deadLetterHeaders = metadata.getHeaders();
        deadLetterHeaders.remove(CONSUMER_HEADER).add(CONSUMER_HEADER, consumer.getBytes(StandardCharsets.UTF_8));
        Counter deadLettered = Counter.builder("pswcp.inbox.dead.lettered")
                .description("Events that could not be applied, so went to the topic's dead-letter topic <topic>.dlq")
                .baseUnit("events").tag("topic", record.topic()).tag("consumer", consumer).register(registry);
        IncomingEvent event;
        try {
            event = read(record);
        } catch (RuntimeException e) {
            deadLettered.increment();
            throw e;
        }
        RequestIds.bindEvent(event.id(), event.correlationId(), event.organisation());
        Span span = tracing.processing(consumer, record, event.id(), event.type());
        try (Scope scope = span.makeCurrent()) {
            boolean applied = applyWithRetries(consumer, event, handler, deadLetterHeaders);
            if (applied && event.time() != null) { // a repeat's age says nothing about the flow
                Timer.builder("pswcp.inbox.event.latency")
                        .description("From an event's time (ce_time) to its being applied by this consumer")
                        .tag("topic", event.topic()).tag("consumer", consumer)
                        .serviceLevelObjectives(LATENCY_BUCKETS)
                        .register(registry)
                        .record(max(Duration.between(event.time(), Instant.now()), Duration.ZERO));
            }
            return applied;
        } catch (RuntimeException e) {
            deadLettered.increment();
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
            RequestIds.bindOrganisation(null);
        }
    }

    /** What replaying a dead letter did. */
    public enum Replayed {
        /** The consumer applied it now. */
        APPLIED,
        /** The consumer had applied it before (another replay, or a redelivery): nothing changed. */
        ALREADY_APPLIED
    }

    /**
     * Applies a dead-lettered record to the consumer it failed in, once the cause is fixed: in a transaction of its own
     * with its inbox row, so at most once, however often it is replayed. A failure is the caller's to report; the
     * record stays where it is.
     */
    public Replayed replay(InboxConsumer consumer, ConsumerRecord<String, String> record) {
        IncomingEvent event = read(record);
        RequestIds.bindEvent(event.id(), event.correlationId(), event.organisation());
        try {
            return QuarkusTransaction.requiringNew().call(() -> apply(consumer.name(), event, consumer::apply))
                    ? Replayed.APPLIED
                    : Replayed.ALREADY_APPLIED;
        } finally {
            RequestIds.bindOrganisation(null);
        }
    }

    /** Whether the consumer has applied the event. */
    public boolean hasApplied(String consumer, String eventId) {
        return ((Number) em.createNativeQuery("select count(*) from kit.inbox_event where consumer = :consumer"
                + " and event_id = :id").setParameter("consumer", consumer).setParameter("id", eventId)
                .getSingleResult()).longValue() > 0;
    }

    private boolean applyWithRetries(String consumer, IncomingEvent event, Consumer<IncomingEvent> handler,
            Headers deadLetterHeaders) {
        boolean callersTransaction = QuarkusTransaction.isActive();
        Instant giveUpAt = Instant.now().plus(config.maxRetryTime());
        Duration pause = config.initialBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.joiningExisting().call(() -> apply(consumer, event, handler));
            } catch (RuntimeException e) {
                boolean again = !callersTransaction && passes(e) && attempt < config.maxAttempts()
                        && Instant.now().plus(pause).isBefore(giveUpAt);
                if (!again) {
                    countAttempts(deadLetterHeaders, attempt);
                    throw e;
                }
                // The exception's class only: its message may quote the row the database refused.
                LOG.warnf("%s could not apply %s %s (attempt %d, %s); trying again in %d ms", consumer, event.type(),
                        event.id(), attempt, e.getClass().getSimpleName(), pause.toMillis());
                registry.counter("pswcp.inbox.retries", "consumer", consumer).increment();
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                        ? config.maxBackoff()
                        : pause.multipliedBy(2);
            }
        }
    }

    /**
     * Whether a failure may pass: the database or the transaction failed (a lock timeout, a lost connection), not the
     * event, which would fail the same way every time.
     */
    static boolean passes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EventRejectedException) {
                return false;
            }
            if (t instanceof PersistenceException || t instanceof SQLException || t instanceof RollbackException
                    || t instanceof QuarkusTransactionException) {
                return true;
            }
        }
        return false;
    }

    /** Says on the record how often it was tried: the dead-letter topic keeps the record's headers. */
    private static void countAttempts(Headers headers, int attempts) {
        headers.remove(ATTEMPTS_HEADER).add(ATTEMPTS_HEADER,
                Integer.toString(attempts).getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry an event", e);
        }
    }

    private boolean apply(String consumer, IncomingEvent event, Consumer<IncomingEvent> handler) {
        int inserted = em.createNativeQuery("""
                insert into kit.inbox_event (consumer, event_id, event_type, topic, topic_partition, topic_offset,
                    received_at)
                values (:consumer, :id, :type, :topic, :partition, :offset, :now)
                on conflict (consumer, event_id) do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("topic", event.topic())
                .setParameter("partition", event.partition())
                .setParameter("offset", event.offset())
                .setParameter("now", Instant.now())
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("%s already applied %s %s; skipping the repeat", consumer, event.type(), event.id());
            registry.counter("pswcp.inbox.events", "consumer", consumer, "outcome", "repeat").increment();
            return false;
        }
        handler.accept(event);
        LOG.infof("%s applied %s %s", consumer, event.type(), event.id());
        registry.counter("pswcp.inbox.events", "consumer", consumer, "outcome", "applied").increment();
        return true;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b; // a producer's clock ahead of ours must not make a negative latency
    }

    /** Reads the CloudEvents envelope; a record without one can never be applied. */
    static IncomingEvent read(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new EventRejectedException("Not a CloudEvent: the ce_id or ce_type header is missing");
        }
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new EventRejectedException("Unsupported CloudEvents specversion " + specVersion);
        }
        JsonNode json;
        try {
            json = record.value() == null ? null : PARSER.readTree(record.value());
        } catch (Exception e) {
            throw new EventRejectedException("The data of " + type + " event " + id + " is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw new EventRejectedException("The data of " + type + " event " + id + " is not a JSON object");
        }
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT), time(header(record, CloudEventHeaders.TIME)),
                header(record, CloudEventHeaders.ORGANISATION), header(record, CloudEventHeaders.CORRELATION_ID),
                record.key(), record.topic(), record.partition(), record.offset(), json);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (RuntimeException e) {
            throw new EventRejectedException("ce_time is not an RFC 3339 timestamp");
        }
    }
}
