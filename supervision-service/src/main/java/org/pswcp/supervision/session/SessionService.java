package org.pswcp.supervision.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.problem.AccessDeniedException;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.Events;
import org.pswcp.supervision.agenda.Agenda;
import org.pswcp.supervision.agreement.SupervisionAccess;
import org.pswcp.supervision.session.SessionDtos.ConfidentialView;
import org.pswcp.supervision.session.SessionDtos.Confirmation;
import org.pswcp.supervision.session.SessionDtos.NewPersonalNotes;
import org.pswcp.supervision.session.SessionDtos.NewSession;
import org.pswcp.supervision.session.SessionDtos.ObservationComment;
import org.pswcp.supervision.session.SessionDtos.PersonalContent;
import org.pswcp.supervision.session.SessionDtos.SessionView;
import org.pswcp.supervision.session.SessionDtos.SubjectSession;

/**
 * Supervision sessions: the supervisor records one, its supervisees confirm it, and the participants alone read what is
 * confidential in it. Recording a session closes the agenda items it discussed, puts its actions on agendas, and
 * announces the session and its direct observations on {@code supervision.events}, without any confidential text.
 */
@ApplicationScoped
public class SessionService {

    private final SessionRepository sessions;
    private final SessionRules rules;
    private final SupervisionAccess supervision;
    private final Agenda agenda;
    private final ConfidentialContent cipher;
    private final Outbox outbox;
    private final Caller caller;

    SessionService(SessionRepository sessions, SessionRules rules, SupervisionAccess supervision, Agenda agenda,
            ConfidentialContent cipher, Outbox outbox, Caller caller) {
        this.sessions = sessions;
        this.rules = rules;
        this.supervision = supervision;
        this.agenda = agenda;
        this.cipher = cipher;
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * Records a session the caller supervised. Every supervisee needs an agreement with the caller active on the day;
     * topics and observations must exist in the named framework version ({@link SessionRules} has every rule). Nothing
     * is stored unless all of it is valid.
     */
    @Transactional
    @Audited(action = "session.record", resourceType = "supervision-session")
    public SessionView record(NewSession request) {
        String supervisor = caller.workerId()
                .orElseThrow(
                        () -> new AccessDeniedException("Your token names no worker id, so you supervise no one."));
        Instant now = Instant.now();
        ValidSession valid = rules.check(request, supervisor, now);
        Session session = newSession(valid, now);
        sessions.persist(session);

        agenda.closeDiscussed(valid.discussedAgendaItemIds(), valid.supervisees(), session.id(), now);
        for (SessionAction action : session.actions()) {
            List<String> concerned = valid.supervisees().contains(action.ownerWorkerId())
                    ? List.of(action.ownerWorkerId())
                    : valid.supervisees();
            concerned.forEach(worker -> agenda.openForAction(session.organisation(), worker, action.id(),
                    actionRef(session, action), action.dueOn(), now));
        }
        announce(session);
        return SessionView.of(session, viewer(), true);
    }

    /** The session to persist, built whole: Hibernate takes its snapshot of an entity with an assigned id then. */
    private Session newSession(ValidSession valid, Instant now) {
        NewSession request = valid.request();
        Session session = new Session(caller.organisation(), request.kind(), request.status(),
                valid.supervisorWorkerId(), request.startsAt(), valid.heldOn(), request.durationMinutes(),
                request.format(), request.frameworkVersionId(), valid.topics(), request.nextSessionOn(), now);
        valid.agreements().forEach((worker, agreement) -> {
            SessionSupervisee supervisee = session.addSupervisee(worker, agreement);
            NewPersonalNotes personal = valid.personalNotes().get(worker);
            if (personal != null) {
                supervisee.sealPersonal(personal.notes(), personal.wellbeingReflections(), cipher);
            }
        });
        session.sealSharedNotes(cipher, request.sharedNotes());
        valid.actions().forEach(a -> session.addAction(a.description(), a.ownerWorkerId(), a.dueOn()));
        valid.observations().forEach(o -> session.addObservation(o.superviseeWorkerId(), o.statementCodes(), o.level())
                .sealComment(o.comment(), cipher));
        return session;
    }

    private void announce(Session session) {
        List<String> supervisees = session.supervisees().stream().map(SessionSupervisee::workerId).toList();
        outbox.record(OutgoingEvent.of(Events.TOPIC, Events.SESSION_RECORDED, session.id().toString(),
                "sessions/" + session.id(),
                new SessionRecorded(session.id(), session.kind(), session.status(), session.supervisorWorkerId(),
                        supervisees, session.supervisees().stream().map(SessionSupervisee::agreementId).toList(),
                        session.startsAt(), session.heldOn(), session.frameworkVersionId(), session.topicAreaCodes(),
                        session.nextSessionOn()))
                .organisation(session.organisation())
                .dataref("/v1/sessions/" + session.id()));
        for (DirectObservation observation : session.observations()) {
            outbox.record(OutgoingEvent.of(Events.TOPIC, Events.DIRECT_OBSERVATION_RECORDED,
                    observation.superviseeWorkerId(), "sessions/" + session.id() + "/observations/" + observation.id(),
                    new DirectObservationRecorded(observation.id(), session.id(), observation.superviseeWorkerId(),
                            session.supervisorWorkerId(), session.frameworkVersionId(), observation.statementCodes(),
                            observation.level(), session.heldOn()))
                    .organisation(session.organisation())
                    .dataref("/v1/sessions/" + session.id()));
        }
    }

    /** A supervisee confirms the record, with a comment of their own if they wish; once. */
    @Transactional
    @Audited(action = "session.confirm", resourceType = "supervision-session")
    public SessionView confirm(@AuditedResourceId UUID id, Confirmation confirmation) {
        Session session = visibleForUpdate(id);
        SessionSupervisee supervisee = caller.hasRole(Roles.PSW)
                ? caller.workerId().flatMap(session::supervisee).orElse(null)
                : null;
        if (supervisee == null) {
            throw new AccessDeniedException("Only the session's supervisees confirm its record.");
        }
        supervisee.confirm(confirmation.comment(), cipher, Instant.now());
        return SessionView.of(session, viewer(), true);
    }

    /** The session's supervisor, or the action's owner, marks an action done; its agenda items close. */
    @Transactional
    @Audited(action = "session-action.done", resourceType = "supervision-session")
    public SessionView actionDone(@AuditedResourceId UUID id, UUID actionId) {
        Session session = visibleForUpdate(id);
        SessionAction action = session.action(actionId)
                .orElseThrow(() -> new ResourceNotFoundException("action of session " + id, actionId));
        String self = caller.workerId().orElse(null);
        boolean runIt = caller.hasRole(Roles.SUPERVISOR) && session.supervisorWorkerId().equals(self);
        boolean ownsIt = session.hasParticipant(action.ownerWorkerId()) && action.ownerWorkerId().equals(self);
        if (!runIt && !ownsIt) {
            throw new AccessDeniedException("Only the session's supervisor or the action's owner marks it done.");
        }
        Instant now = Instant.now();
        action.done(now);
        agenda.closeAbout(actionRef(session, action), now);
        return SessionView.of(session, viewer(), true);
    }

    @Transactional
    public SessionView get(UUID id) {
        SessionViewer viewer = viewer();
        Session session = sessions.findVisible(id).filter(viewer::sees)
                .orElseThrow(() -> new ResourceNotFoundException("supervision session", id));
        return SessionView.of(session, viewer, viewer.seesActions(session));
    }

    /**
     * The confidential content, for the session's participants only, each reading what is theirs: a supervisee the
     * shared notes and what is about them (the supervisor's notes about them, their wellbeing reflections, their
     * comment, the comments on observations of their practice), never what is about another supervisee of a group; the
     * supervisor all of it. Every read, and every refused attempt, is in the audit trail.
     */
    @Transactional
    @Audited(action = "session-confidential.read", resourceType = "supervision-session")
    public ConfidentialView confidential(@AuditedResourceId UUID id) {
        SessionViewer viewer = viewer();
        Session session = sessions.findVisible(id).filter(viewer::sees)
                .orElseThrow(() -> new ResourceNotFoundException("supervision session", id));
        if (!viewer.takesPart(session)) {
            throw new AccessDeniedException("Only the session's participants read its confidential content.");
        }
        List<PersonalContent> personal = session.supervisees().stream()
                .filter(s -> viewer.readsAbout(session, s.workerId()))
                .map(s -> personalContent(session, s))
                .toList();
        boolean unattributed = viewer.runs(session) && session.kind() == SessionKind.GROUP;
        return new ConfidentialView(session.id(), session.sharedNotes(cipher), personal,
                unattributed ? session.unattributedNotes(cipher) : null,
                unattributed ? session.unattributedWellbeingReflections(cipher) : null);
    }

    private PersonalContent personalContent(Session session, SessionSupervisee supervisee) {
        boolean before = session.unattributedBelongsTo(supervisee.workerId());
        String notes = supervisee.notes(cipher);
        String reflections = supervisee.wellbeingReflections(cipher);
        return new PersonalContent(supervisee.workerId(),
                notes == null && before ? session.unattributedNotes(cipher) : notes,
                reflections == null && before ? session.unattributedWellbeingReflections(cipher) : reflections,
                supervisee.comment(cipher),
                session.observations().stream()
                        .filter(o -> o.hasComment() && o.superviseeWorkerId().equals(supervisee.workerId()))
                        .map(o -> new ObservationComment(o.id(), o.comment(cipher)))
                        .toList());
    }

    /**
     * What the sessions a worker took part in hold about them, oldest first, for their subject access request: each
     * session's record as they would see it as a supervisee (observations of their practice, their actions and the
     * group's), the notes shared with every participant, and what is about them. Never what is about someone else: not
     * the notes of sessions they ran about their supervisees, which are those supervisees' data, nor a group's content
     * from before it was kept per supervisee, which cannot be attributed. Whoever asks: the caller decides who may, and
     * whether the confidential content goes with the rest ({@code confidential}); it is never decrypted otherwise.
     */
    @Transactional
    public List<SubjectSession> tookPart(String workerId, boolean confidential) {
        SessionViewer subject = SessionViewer.subject(workerId);
        return sessions.tookPart(workerId).stream()
                .map(s -> new SubjectSession(s.supervisorWorkerId().equals(workerId) ? "SUPERVISOR" : "SUPERVISEE",
                        SessionView.of(s, subject, true), confidential ? s.sharedNotes(cipher) : null,
                        confidential ? s.supervisee(workerId).map(p -> personalContent(s, p)).orElse(null) : null))
                .toList();
    }

    /** How many sessions of the caller's organisation the worker received (as a supervisee). */
    @Transactional
    public int countReceived(String workerId) {
        return sessions.receivedWithSupervisees(caller.organisation(), workerId).size();
    }

    /**
     * Deletes everything the sessions of the caller's organisation hold about the worker as a supervisee, when their
     * records are destroyed: a session they alone received goes whole (its actions, observations and content from
     * before V5 with it); in a group, their place, their confidential content, the observations of their practice and
     * the actions they own go, and the rest stays for the others. Sessions they ran stay, naming them as supervisor:
     * they are the records of their supervisees. Returns how many sessions they had received.
     */
    @Transactional
    public int forget(String workerId) {
        Map<UUID, Long> received = sessions.receivedWithSupervisees(caller.organisation(), workerId);
        if (received.isEmpty()) {
            return 0;
        }
        List<UUID> whole = received.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey)
                .toList();
        agenda.forgetSessions(whole);
        sessions.forget(workerId, received.keySet(), whole);
        return received.size();
    }

    /** A page of the sessions the caller sees, newest first: metadata only, never actions or confidential content. */
    @Transactional
    public Page<SessionView> list(String superviseeWorkerId, String supervisorWorkerId, LocalDate from, LocalDate to,
            String cursor, int limit) {
        SessionViewer viewer = viewer();
        return sessions.page(viewer, new SessionRepository.Filter(superviseeWorkerId, supervisorWorkerId, from, to),
                cursor, limit, session -> SessionView.of(session, viewer, false));
    }

    private Session visibleForUpdate(UUID id) {
        SessionViewer viewer = viewer();
        return sessions.findVisibleForUpdate(id).filter(viewer::sees)
                .orElseThrow(() -> new ResourceNotFoundException("supervision session", id));
    }

    private SessionViewer viewer() {
        return SessionViewer.of(caller, supervision);
    }

    private static String actionRef(Session session, SessionAction action) {
        return "/v1/sessions/" + session.id() + "/actions/" + action.id();
    }
}
