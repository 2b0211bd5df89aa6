package org.pswcp.supervision.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
 * A supervision session as its supervisor records it. Its confidential content is held only as ciphertext (see
 * {@link ConfidentialCipher}): what is about one supervisee on their {@link SessionSupervisee} row, what the whole
 * group may read here as shared notes. Notes and reflections recorded before content was kept per supervisee stay here
 * as unattributed content: in a one-to-one session they are its supervisee's, in a group only the supervisor's to read.
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

    byte[] sharedNotes;

    @Column(name = "unattributed_notes")
    byte[] unattributedNotes;

    @Column(name = "unattributed_wellbeing_reflections")
    byte[] unattributedWellbeingReflections;

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

    void sealSharedNotes(ConfidentialContent cipher, String sharedNotes) {
        this.sharedNotes = cipher.seal(sharedNotes, context(id, "shared-notes"));
    }

    String sharedNotes(ConfidentialContent cipher) {
        return cipher.open(sharedNotes, context(id, "shared-notes"));
    }

    /** Notes recorded before content was kept per supervisee; their context is still the session's "notes". */
    String unattributedNotes(ConfidentialContent cipher) {
        return cipher.open(unattributedNotes, context(id, "notes"));
    }

    String unattributedWellbeingReflections(ConfidentialContent cipher) {
        return cipher.open(unattributedWellbeingReflections, context(id, "wellbeing-reflections"));
    }

    /**
     * Whether content recorded before it was kept per supervisee belongs to one: in a one-to-one session it is about
     * the only supervisee; in a group nobody can say about whom, so it stays the supervisor's.
     */
    boolean unattributedBelongsTo(String workerId) {
        return kind == SessionKind.ONE_TO_ONE && supervisee(workerId).isPresent();
    }

    boolean hasSharedNotes() {
        return sharedNotes != null;
    }

    boolean hasUnattributedContent() {
        return unattributedNotes != null || unattributedWellbeingReflections != null;
    }

    /**
     * Seals its confidential content, and its supervisees' and observations', again: what is about one supervisee with
     * their data key (in a one-to-one session, the content from before V5 too), the rest under the current master key.
     */
    void reseal(ConfidentialContent cipher, ReEncryption.Tally tally) {
        sharedNotes = cipher.reseal(sharedNotes, context(id, "shared-notes"), tally);
        String owner = kind == SessionKind.ONE_TO_ONE && supervisees.size() == 1
                ? supervisees.get(0).workerId()
                : null;
        unattributedNotes = owner != null
                ? cipher.resealAbout(organisation, owner, unattributedNotes, context(id, "notes"), tally)
                : cipher.reseal(unattributedNotes, context(id, "notes"), tally);
        unattributedWellbeingReflections = owner != null
                ? cipher.resealAbout(organisation, owner, unattributedWellbeingReflections,
                        context(id, "wellbeing-reflections"), tally)
                : cipher.reseal(unattributedWellbeingReflections, context(id, "wellbeing-reflections"), tally);
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
