package org.pswcp.assessment.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A direct observation of a worker's practice, recorded in a supervision session (DirectObservationRecorded): evidence
 * for the statements observed. The observer's comment stays in supervision-service.
 */
@Entity
@Table(name = "observation")
public class Observation {

    @Id
    UUID observationId;

    String organisation;

    String workerId;

    String observerWorkerId;

    UUID frameworkVersionId;

    String level;

    LocalDate observedOn;

    Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "observation_statement", joinColumns = @JoinColumn(name = "observation_id"))
    @Column(name = "statement_code")
    List<String> statementCodes = new ArrayList<>();

    protected Observation() {
    }

    Observation(UUID observationId, String organisation, String workerId, String observerWorkerId,
            UUID frameworkVersionId, String level, LocalDate observedOn, List<String> statementCodes,
            Instant recordedAt) {
        this.observationId = observationId;
        this.organisation = organisation;
        this.workerId = workerId;
        this.observerWorkerId = observerWorkerId;
        this.frameworkVersionId = frameworkVersionId;
        this.level = level;
        this.observedOn = observedOn;
        this.statementCodes = new ArrayList<>(statementCodes);
        this.recordedAt = recordedAt;
    }

    public UUID observationId() {
        return observationId;
    }

    public String observerWorkerId() {
        return observerWorkerId;
    }

    public UUID frameworkVersionId() {
        return frameworkVersionId;
    }

    public String level() {
        return level;
    }

    public LocalDate observedOn() {
        return observedOn;
    }

    public List<String> statementCodes() {
        return statementCodes;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
