package org.pswcp.supervision.session;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.pswcp.kit.id.TimeOrderedIds;

/**
 * Direct observation of a supervisee's practice in a session: the statements observed and the level seen, which
 * assessment-service counts towards the competence profile. The observer's comment is confidential, so ciphertext.
 */
@Entity
@Table(name = "direct_observation")
public class DirectObservation {

    @Id
    UUID id;

    @ManyToOne
    @JoinColumn(name = "session_id")
    Session session;

    int position;

    String superviseeWorkerId;

    String[] statementCodes;

    String level;

    byte[] comment;

    protected DirectObservation() {
    }

    DirectObservation(Session session, int position, String superviseeWorkerId, List<String> statementCodes,
            String level) {
        this.id = TimeOrderedIds.next();
        this.session = session;
        this.position = position;
        this.superviseeWorkerId = superviseeWorkerId;
        this.statementCodes = statementCodes.toArray(String[]::new);
        this.level = level;
    }

    private String context() {
        return Session.context(session.id(), "observations/" + id + "/comment");
    }

    /** The comment is about the supervisee observed: sealed with their data key. */
    void sealComment(String comment, ConfidentialContent cipher) {
        this.comment = cipher.sealAbout(session.organisation(), superviseeWorkerId, comment, context());
    }

    void reseal(ConfidentialContent cipher, ReEncryption.Tally tally) {
        this.comment = cipher.resealAbout(session.organisation(), superviseeWorkerId, comment, context(), tally);
    }

    String comment(ConfidentialContent cipher) {
        return cipher.open(comment, context());
    }

    boolean hasComment() {
        return comment != null;
    }

    public UUID id() {
        return id;
    }

    public String superviseeWorkerId() {
        return superviseeWorkerId;
    }

    public List<String> statementCodes() {
        return List.of(statementCodes);
    }

    public String level() {
        return level;
    }
}
