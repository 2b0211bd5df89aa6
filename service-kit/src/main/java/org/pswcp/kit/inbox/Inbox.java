package org.pswcp.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.pswcp.kit.outbox.CloudEventHeaders;
import org.pswcp.kit.request.RequestIds;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Applies each event at most once per consumer: the event's id is recorded in the same transaction as what the handler
 * changes, so a redelivered event (after a relay or consumer restart) changes nothing. An event that cannot be applied
 * makes the consumer method throw, and the connector moves the record to the topic's dead-letter topic.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    /** Parses event data without ever quoting it in an error message. */
    private static final ObjectMapper PARSER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final EntityManager em;
    private final MeterRegistry registry;

    Inbox(EntityManager em, MeterRegistry registry) {
        this.em = em;
        this.registry = registry;
    }

    /**
     * Applies the event in one transaction with its inbox row, unless this consumer has applied it before.
     *
     * @param consumer a stable name of the consuming use case, such as {@code assessment.framework-versions}
     * @return true if the handler ran, false for a repeat
     */
    @Transactional
    public boolean receive(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event = read(record);
        RequestIds.bind("event-" + event.id(), event.correlationId() != null ? event.correlationId() : event.id());
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
        registry.counter("pswcp.inbox.events", "consumer", consumer, "outcome", "applied").increment();
        return true;
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
