package org.pswcp.supervision.session;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.pswcp.kit.problem.ConflictException;

/**
 * A supervisee of a session, there under their agreement with the session's supervisor, and what the session's record
 * holds about them alone: the supervisor's notes about them and their wellbeing reflections. They confirm the record,
 * with a comment of their own if they wish. All three are confidential, held as ciphertext sealed with the supervisee's
 * own data key ({@link WorkerKeys}), and read only by the supervisee and the session's supervisor: in a group session,
 * never by the other supervisees.
 */
@Entity
@Table(name = "session_supervisee")
@IdClass(SessionSupervisee.Key.class)
public class SessionSupervisee {

    /** The composite key: the session's id and the worker's. */
    public static class Key implements Serializable {

        UUID session;
        String workerId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(session, key.session)
                    && Objects.equals(workerId, key.workerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(session, workerId);
        }
    }

    @Id
    @ManyToOne
    @JoinColumn(name = "session_id")
    Session session;

    @Id
    String workerId;

    UUID agreementId;

    Instant confirmedAt;

    byte[] notes;

    byte[] wellbeingReflections;

    byte[] comment;

    protected SessionSupervisee() {
    }

    SessionSupervisee(Session session, String workerId, UUID agreementId) {
        this.session = session;
        this.workerId = workerId;
        this.agreementId = agreementId;
    }

    private String context(String field) {
        return Session.context(session.id(), "supervisees/" + workerId + "/" + field);
    }

    /** The supervisor's notes about this supervisee, and their wellbeing reflections; written with the session. */
    void sealPersonal(String notes, String wellbeingReflections, ConfidentialContent cipher) {
        this.notes = cipher.sealAbout(session.organisation(), workerId, notes, context("notes"));
        this.wellbeingReflections = cipher.sealAbout(session.organisation(), workerId, wellbeingReflections,
                context("wellbeing-reflections"));
    }

    /** The supervisee confirms the record, once; a comment is kept beside the supervisor's record, never over it. */
    void confirm(String comment, ConfidentialContent cipher, Instant now) {
        if (confirmedAt != null) {
            throw new ConflictException("You confirmed this session's record on " + confirmedAt
                    + "; a confirmation is given once.");
        }
        this.comment = cipher.sealAbout(session.organisation(), workerId, comment, context("comment"));
        this.confirmedAt = now;
    }

    /** Moves what is about this supervisee onto their data key, where the master key sealed it. */
    void reseal(ConfidentialContent cipher, ReEncryption.Tally tally) {
        String organisation = session.organisation();
        this.notes = cipher.resealAbout(organisation, workerId, notes, context("notes"), tally);
        this.wellbeingReflections = cipher.resealAbout(organisation, workerId, wellbeingReflections,
                context("wellbeing-reflections"), tally);
        this.comment = cipher.resealAbout(organisation, workerId, comment, context("comment"), tally);
    }

    String notes(ConfidentialContent cipher) {
        return cipher.open(notes, context("notes"));
    }

    String wellbeingReflections(ConfidentialContent cipher) {
        return cipher.open(wellbeingReflections, context("wellbeing-reflections"));
    }

    String comment(ConfidentialContent cipher) {
        return cipher.open(comment, context("comment"));
    }

    boolean hasContent() {
        return notes != null || wellbeingReflections != null || comment != null;
    }

    public String workerId() {
        return workerId;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
