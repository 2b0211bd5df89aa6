package org.pswcp.kit.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of the append-only audit trail: who did what to which resource, when, from which client, and how it ended.
 */
@Entity
@Table(schema = "kit", name = "audit_event")
public class AuditEvent {

    @Id
    UUID id;

    @Column(nullable = false)
    Instant occurredAt;

    String organisation;

    @Column(nullable = false)
    String actor;

    String actorName;

    String clientId;

    @Column(nullable = false)
    String action;

    String resourceType;

    String resourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AuditOutcome outcome;

    String reason;

    String requestId;

    String correlationId;

    protected AuditEvent() {
    }

    AuditEvent(UUID id, Instant occurredAt, String organisation, String actor, String actorName, String clientId,
            String action, String resourceType, String resourceId, AuditOutcome outcome, String reason,
            String requestId, String correlationId) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.organisation = organisation;
        this.actor = actor;
        this.actorName = actorName;
        this.clientId = clientId;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.outcome = outcome;
        this.reason = reason;
        this.requestId = requestId;
        this.correlationId = correlationId;
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String organisation() {
        return organisation;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public String clientId() {
        return clientId;
    }

    public String action() {
        return action;
    }

    public String resourceType() {
        return resourceType;
    }

    public String resourceId() {
        return resourceId;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public String requestId() {
        return requestId;
    }

    public String correlationId() {
        return correlationId;
    }
}
