package org.pswcp.supervision.agenda;

import java.time.Instant;
import java.time.LocalDate;
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

    LocalDate dueOn;

    UUID closedBySession;

    protected AgendaItem() {
    }

    /**
     * @param sourceEventId what opened the item, unique: the event's id, or for an agreed action the action and the
     *            worker
     * @param dueOn when an agreed action is due; null for items from events
     */
    AgendaItem(String organisation, String workerId, AgendaItemKind kind, String sourceEventId, String resourceRef,
            LocalDate dueOn, Instant openedAt) {
        this.id = TimeOrderedIds.next();
        this.organisation = organisation;
        this.workerId = workerId;
        this.kind = kind;
        this.sourceEventId = sourceEventId;
        this.resourceRef = resourceRef;
        this.dueOn = dueOn;
        this.openedAt = openedAt;
    }

    /** A session discussed the item, or (for an action) the action was done; null when no session closed it. */
    void close(UUID sessionId, Instant now) {
        this.closedBySession = sessionId;
        this.closedAt = now;
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

    public Instant closedAt() {
        return closedAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }
}
