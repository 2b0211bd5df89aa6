package org.pswcp.kit.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event waiting to be relayed, or relayed already (rows are kept for a while for diagnosis). */
@Entity
@Table(schema = "kit", name = "outbox_event")
public class OutboxEvent {

    @Id
    UUID id;

    @Column(nullable = false)
    String topic;

    @Column(nullable = false)
    String eventKey;

    @Column(nullable = false)
    String type;

    @Column(nullable = false)
    String source;

    @Column(nullable = false)
    String subject;

    String organisation;

    String correlationId;

    String dataref;

    /** The W3C trace context the event was written in; null outside a trace. */
    String traceParent;

    String traceState;

    @Column(nullable = false)
    String payload;

    @Column(nullable = false)
    Instant createdAt;

    Instant publishedAt;

    int attempts;

    @Column(nullable = false)
    Instant nextAttemptAt;

    String claimedBy;

    Instant claimedUntil;

    String lastError;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID id, OutgoingEvent event, String source, String payload, String correlationId, String traceParent,
            String traceState, Instant now) {
        this.id = id;
        this.topic = event.topic();
        this.eventKey = event.key();
        this.type = event.type();
        this.source = source;
        this.subject = event.subject();
        this.organisation = event.organisation();
        this.dataref = event.dataref();
        this.payload = payload;
        this.correlationId = correlationId;
        this.traceParent = traceParent;
        this.traceState = traceState;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public UUID id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public String eventKey() {
        return eventKey;
    }

    public String type() {
        return type;
    }

    public String source() {
        return source;
    }

    public String subject() {
        return subject;
    }

    public String organisation() {
        return organisation;
    }

    public String correlationId() {
        return correlationId;
    }

    public String dataref() {
        return dataref;
    }

    public String traceParent() {
        return traceParent;
    }

    public String traceState() {
        return traceState;
    }

    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int attempts() {
        return attempts;
    }
}
