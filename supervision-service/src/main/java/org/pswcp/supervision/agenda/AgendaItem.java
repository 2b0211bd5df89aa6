package org.pswcp.supervision.agenda;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pswcp.kit.id.TimeOrderedIds;

/** Something to discuss at a worker's next supervision session. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    UUID id;

    String organisation;

    String workerId;

    @Enumerated(EnumType.STRING)
    AgendaItemKind kind;

    String sourceEventId;

    String resourceRef;

    Instant openedAt;

    Instant closedAt;

    protected AgendaItem() {
    }

    AgendaItem(String organisation, String workerId, AgendaItemKind kind, String sourceEventId, String resourceRef,
            Instant openedAt) {
        this.id = TimeOrderedIds.next();
        this.organisation = organisation;
        this.workerId = workerId;
        this.kind = kind;
        this.sourceEventId = sourceEventId;
        this.resourceRef = resourceRef;
        this.openedAt = openedAt;
    }

    public UUID id() {
        return id;
    }

    public String workerId() {
        return workerId;
    }

    public AgendaItemKind kind() {
        return kind;
    }

    public String resourceRef() {
        return resourceRef;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
