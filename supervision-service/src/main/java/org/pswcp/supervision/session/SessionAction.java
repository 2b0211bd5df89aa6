package org.pswcp.supervision.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.pswcp.kit.id.TimeOrderedIds;
import org.pswcp.kit.problem.ConflictException;

/** Something agreed in a session: what, who does it, by when, and whether it is done. */
@Entity
@Table(name = "session_action")
public class SessionAction {

    @Id
    UUID id;

    @ManyToOne
    @JoinColumn(name = "session_id")
    Session session;

    int position;

    String description;

    String ownerWorkerId;

    LocalDate dueOn;

    Instant doneAt;

    protected SessionAction() {
    }

    SessionAction(Session session, int position, String description, String ownerWorkerId, LocalDate dueOn) {
        this.id = TimeOrderedIds.next();
        this.session = session;
        this.position = position;
        this.description = description;
        this.ownerWorkerId = ownerWorkerId;
        this.dueOn = dueOn;
    }

    void done(Instant now) {
        if (doneAt != null) {
            throw new ConflictException("This action was done on " + doneAt + ".");
        }
        this.doneAt = now;
    }

    public UUID id() {
        return id;
    }

    public String description() {
        return description;
    }

    public String ownerWorkerId() {
        return ownerWorkerId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
