package org.pswcp.supervision.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pswcp.kit.id.TimeOrderedIds;

/**
 * An entry of the register of destruction: a records manager's decision to destroy a worker's records, why, and what
 * was destroyed (counts, never content). Kept after the records are gone: the Records Management Code of Practice asks
 * for a record of what was destroyed, when and on whose authority.
 */
@Entity
@Table(name = "destruction_decision")
public class DestructionDecision {

    @Id
    UUID id;

    String organisation;

    String workerId;

    LocalDate endDate;

    int yearsAfterEnd;

    LocalDate dueSince;

    String reason;

    String decidedBy;

    String decidedByName;

    Instant decidedAt;

    int agreements;

    int sessions;

    int agendaItems;

    protected DestructionDecision() {
    }

    DestructionDecision(String organisation, String workerId, LocalDate endDate, int yearsAfterEnd, LocalDate dueSince,
            String reason, String decidedBy, String decidedByName, Instant decidedAt, Held destroyed) {
        this.id = TimeOrderedIds.next();
        this.organisation = organisation;
        this.workerId = workerId;
        this.endDate = endDate;
        this.yearsAfterEnd = yearsAfterEnd;
        this.dueSince = dueSince;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.agreements = destroyed.agreements();
        this.sessions = destroyed.sessions();
        this.agendaItems = destroyed.agendaItems();
    }

    public UUID id() {
        return id;
    }

    public String organisation() {
        return organisation;
    }

    public String workerId() {
        return workerId;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public int yearsAfterEnd() {
        return yearsAfterEnd;
    }

    public LocalDate dueSince() {
        return dueSince;
    }

    public String reason() {
        return reason;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Held destroyed() {
        return new Held(agreements, sessions, agendaItems);
    }
}
