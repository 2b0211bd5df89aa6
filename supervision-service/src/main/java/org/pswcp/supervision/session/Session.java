package org.pswcp.supervision.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.pswcp.kit.id.TimeOrderedIds;
import org.pswcp.supervision.agreement.SupervisionFormat;

/**
 * A supervision session as its supervisor records it. Its notes and wellbeing reflections are held only as ciphertext
 * (see {@link ConfidentialCipher}); the rest is metadata that HR may see.
 */
@Entity
@Table(name = "supervision_session")
public class Session {

    @Id
    UUID id;

    String organisation;

    @Enumerated(EnumType.STRING)
    SessionKind kind;

    @Enumerated(EnumType.STRING)
    SessionStatus status;

    String supervisorWorkerId;

    Instant startsAt;

    LocalDate heldOn;

    int durationMinutes;

    @Enumerated(EnumType.STRING)
    SupervisionFormat format;

    UUID frameworkVersionId;

    String[] topicAreaCodes;

    LocalDate nextSessionOn;

    byte[] notes;

    byte[] wellbeingReflections;

    Instant recordedAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("workerId")
    List<SessionSupervisee> supervisees = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    List<SessionAction> actions = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    List<DirectObservation> observations = new ArrayList<>();

    protected Session() {
    }

    Session(String organisation, SessionKind kind, SessionStatus status, String supervisorWorkerId, Instant startsAt,
            LocalDate heldOn, int durationMinutes, SupervisionFormat format, UUID frameworkVersionId,
            List<String> topicAreaCodes, LocalDate nextSessionOn, Instant now) {
        this.id = TimeOrderedIds.next();
        this.organisation = organisation;
        this.kind = kind;
        this.status = status;
        this.supervisorWorkerId = supervisorWorkerId;
        this.startsAt = startsAt;
        this.heldOn = heldOn;
        this.durationMinutes = durationMinutes;
        this.format = format;
        this.frameworkVersionId = frameworkVersionId;
        this.topicAreaCodes = topicAreaCodes.toArray(String[]::new);
        this.nextSessionOn = nextSessionOn;
        this.recordedAt = now;
    }

    /** Where each piece of confidential content belongs: a ciphertext opens only in its own place. */
    static String context(UUID sessionId, String field) {
        return "supervision-session/" + sessionId + "/" + field;
    }

    void seal(ConfidentialCipher cipher, String notes, String wellbeingReflections) {
        this.notes = cipher.seal(notes, context(id, "notes"));
        this.wellbeingReflections = cipher.seal(wellbeingReflections, context(id, "wellbeing-reflections"));
    }

    String notes(ConfidentialCipher cipher) {
        return cipher.open(notes, context(id, "notes"));
    }

    String wellbeingReflections(ConfidentialCipher cipher) {
        return cipher.open(wellbeingReflections, context(id, "wellbeing-reflections"));
    }

    /** Seals its confidential content, and its supervisees' and observations', again under the current key. */
    void reseal(ConfidentialCipher cipher, ReEncryption.Tally tally) {
        notes = cipher.reseal(notes, context(id, "notes"), tally);
        wellbeingReflections = cipher.reseal(wellbeingReflections, context(id, "wellbeing-reflections"), tally);
        supervisees.forEach(s -> s.reseal(cipher, tally));
        observations.forEach(o -> o.reseal(cipher, tally));
    }

    SessionSupervisee addSupervisee(String workerId, UUID agreementId) {
        SessionSupervisee supervisee = new SessionSupervisee(this, workerId, agreementId);
        supervisees.add(supervisee);
        return supervisee;
    }

    SessionAction addAction(String description, String ownerWorkerId, LocalDate dueOn) {
        SessionAction action = new SessionAction(this, actions.size(), description, ownerWorkerId, dueOn);
        actions.add(action);
        return action;
    }

    DirectObservation addObservation(String superviseeWorkerId, List<String> statementCodes, String level) {
        DirectObservation observation = new DirectObservation(this, observations.size(), superviseeWorkerId,
                statementCodes, level);
        observations.add(observation);
        return observation;
    }

    /** Whether the worker took part: as its supervisor or as one of its supervisees. */
    public boolean hasParticipant(String workerId) {
        return supervisorWorkerId.equals(workerId) || supervisee(workerId).isPresent();
    }

    public Optional<SessionSupervisee> supervisee(String workerId) {
        return supervisees.stream().filter(s -> s.workerId().equals(workerId)).findFirst();
    }

    public Optional<SessionAction> action(UUID actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    boolean hasConfidentialContent() {
        return notes != null || wellbeingReflections != null
                || observations.stream().anyMatch(DirectObservation::hasComment)
                || supervisees.stream().anyMatch(SessionSupervisee::hasComment);
    }

    public UUID id() {
        return id;
    }

    public String organisation() {
        return organisation;
    }

    public SessionKind kind() {
        return kind;
    }

    public SessionStatus status() {
        return status;
    }

    public String supervisorWorkerId() {
        return supervisorWorkerId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public SupervisionFormat format() {
        return format;
    }

    public UUID frameworkVersionId() {
        return frameworkVersionId;
    }

    public List<String> topicAreaCodes() {
        return List.of(topicAreaCodes);
    }

    public LocalDate nextSessionOn() {
        return nextSessionOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public List<SessionSupervisee> supervisees() {
        return supervisees;
    }

    public List<SessionAction> actions() {
        return actions;
    }

    public List<DirectObservation> observations() {
        return observations;
    }
}
