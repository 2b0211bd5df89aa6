package org.pswcp.assessment.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pswcp.kit.id.TimeOrderedIds;
import org.pswcp.kit.problem.ConflictException;

/**
 * A curriculum unit a worker completed, as their organisation's learning system recorded it. The system's own id for
 * the completion ({@code externalId}) names the record: the same system sending the same id means this record. Only
 * that system changes it: a correction replaces what it says, a withdrawal takes it back. A withdrawn record is kept,
 * marked, and counts for nothing; it cannot be corrected again.
 */
@Entity
@Table(name = "learning_record")
public class LearningRecord {

    @Id
    UUID id;

    String organisation;

    String workerId;

    /** The OAuth client of the learning system that recorded it: the only one that may correct or withdraw it. */
    String learningSystem;

    String externalId;

    UUID frameworkVersionId;

    String unitCode;

    LocalDate completedOn;

    String provider;

    String certificateLink;

    Instant recordedAt;

    Instant correctedAt;

    Instant withdrawnAt;

    @Version
    long version;

    protected LearningRecord() {
    }

    LearningRecord(String organisation, String workerId, String learningSystem, String externalId, Completion what,
            Instant now) {
        this.id = TimeOrderedIds.next();
        this.organisation = organisation;
        this.workerId = workerId;
        this.learningSystem = learningSystem;
        this.externalId = externalId;
        this.frameworkVersionId = what.frameworkVersionId();
        set(what);
        this.recordedAt = now;
    }

    /** What a completion says: which unit of which version, when, with whom, and where its certificate is. */
    record Completion(UUID frameworkVersionId, String unitCode, LocalDate completedOn, String provider,
            String certificateLink) {
    }

    /** Whether a repeat of the recording says exactly what this record says, for the same worker. */
    boolean says(String workerId, Completion what) {
        return this.workerId.equals(workerId) && what.equals(completion());
    }

    Completion completion() {
        return new Completion(frameworkVersionId, unitCode, completedOn, provider, certificateLink);
    }

    /**
     * Replaces what the record says with its system's correction. The framework version stays the one it was recorded
     * against.
     *
     * @return whether anything changed
     */
    boolean correct(Completion what, Instant now) {
        if (isWithdrawn()) {
            throw new ConflictException("This learning record was withdrawn; record the completion again under a new"
                    + " external id instead.");
        }
        if (what.equals(completion())) {
            return false;
        }
        set(what);
        this.correctedAt = now;
        return true;
    }

    /** @return whether it was withdrawn now, not before */
    boolean withdraw(Instant now) {
        if (isWithdrawn()) {
            return false;
        }
        this.withdrawnAt = now;
        return true;
    }

    private void set(Completion what) {
        this.unitCode = what.unitCode();
        this.completedOn = what.completedOn();
        this.provider = what.provider();
        this.certificateLink = what.certificateLink();
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    boolean isRecordedBy(String organisation, String learningSystem) {
        return this.organisation.equals(organisation) && Objects.equals(this.learningSystem, learningSystem);
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

    public String learningSystem() {
        return learningSystem;
    }

    public String externalId() {
        return externalId;
    }

    public UUID frameworkVersionId() {
        return frameworkVersionId;
    }

    public String unitCode() {
        return unitCode;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String provider() {
        return provider;
    }

    public String certificateLink() {
        return certificateLink;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
