package org.pswcp.supervision.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.page.KeysetCursor;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.problem.AccessDeniedException;
import org.pswcp.kit.problem.FieldError;
import org.pswcp.kit.problem.InvalidInputException;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;
import org.pswcp.kit.time.Today;
import org.pswcp.supervision.Events;
import org.pswcp.supervision.agenda.Agenda;
import org.pswcp.supervision.agreement.Agreement;
import org.pswcp.supervision.agreement.AgreementRepository;
import org.pswcp.supervision.agreement.AgreementType;
import org.pswcp.supervision.framework.FrameworkVersion;
import org.pswcp.supervision.framework.FrameworkVersionRepository;
import org.pswcp.supervision.session.SessionDtos.ActionView;
import org.pswcp.supervision.session.SessionDtos.ConfidentialView;
import org.pswcp.supervision.session.SessionDtos.Confirmation;
import org.pswcp.supervision.session.SessionDtos.NewAction;
import org.pswcp.supervision.session.SessionDtos.NewObservation;
import org.pswcp.supervision.session.SessionDtos.NewSession;
import org.pswcp.supervision.session.SessionDtos.ObservationComment;
import org.pswcp.supervision.session.SessionDtos.ObservationView;
import org.pswcp.supervision.session.SessionDtos.SessionView;
import org.pswcp.supervision.session.SessionDtos.SuperviseeComment;
import org.pswcp.supervision.session.SessionDtos.SuperviseeView;

/**
 * Supervision sessions: the supervisor records one, its supervisees confirm it, and the participants alone read what is
 * confidential in it. Recording a session closes the agenda items it discussed, puts its actions on agendas, and
 * announces the session and its direct observations on {@code supervision.events}, without any confidential text.
 */
@ApplicationScoped
public class SessionService {

    private final SessionRepository sessions;
    private final AgreementRepository agreements;
    private final FrameworkVersionRepository versions;
    private final Agenda agenda;
    private final ConfidentialCipher cipher;
    private final Outbox outbox;
    private final Caller caller;
    private final Today today;

    SessionService(SessionRepository sessions, AgreementRepository agreements, FrameworkVersionRepository versions,
            Agenda agenda, ConfidentialCipher cipher, Outbox outbox, Caller caller, Today today) {
        this.sessions = sessions;
        this.agreements = agreements;
        this.versions = versions;
        this.agenda = agenda;
        this.cipher = cipher;
        this.outbox = outbox;
        this.caller = caller;
        this.today = today;
    }

    /**
     * Records a session the caller supervised. Every supervisee needs an agreement with the caller active on the day;
     * topics and observations must exist in the named framework version. Nothing is stored unless all of it is valid.
     */
    @Transactional
    @Audited(action = "session.record", resourceType = "supervision-session")
    public SessionView record(NewSession request) {
        String supervisor = caller.workerId()
                .orElseThrow(
                        () -> new AccessDeniedException("Your token names no worker id, so you supervise no one."));
        Instant now = Instant.now();
        LocalDate heldOn = today.dateOf(request.startsAt());
        List<String> supervisees = request.superviseeWorkerIds();
        List<String> topics = orEmpty(request.topics());
        List<UUID> discussed = orEmpty(request.discussedAgendaItemIds());
        List<NewAction> actions = orEmpty(request.actions());
        List<NewObservation> observations = orEmpty(request.observations());

        List<FieldError> faults = new ArrayList<>();
        if (request.kind() == SessionKind.ONE_TO_ONE && supervisees.size() != 1) {
            faults.add(
                    new FieldError("superviseeWorkerIds", "must name exactly one supervisee for a ONE_TO_ONE session"));
        }
        if (request.kind() == SessionKind.GROUP && supervisees.size() < 2) {
            faults.add(new FieldError("superviseeWorkerIds", "must name two or more supervisees for a GROUP session"));
        }
        if (new HashSet<>(supervisees).size() != supervisees.size()) {
            faults.add(new FieldError("superviseeWorkerIds", "must not name a supervisee twice"));
        }
        if (request.status() != SessionStatus.CANCELLED && request.startsAt().isAfter(now)) {
            faults.add(new FieldError("startsAt", "must not be in the future for a " + request.status() + " session"));
        }
        Map<String, Agreement> under = new LinkedHashMap<>();
        for (int i = 0; i < supervisees.size(); i++) {
            Agreement agreement = agreementFor(supervisees.get(i), supervisor, heldOn, request.kind());
            if (agreement == null) {
                faults.add(new FieldError("superviseeWorkerIds[" + i + "]",
                        "has no supervision agreement with you that is active on " + heldOn));
            } else {
                under.putIfAbsent(supervisees.get(i), agreement);
            }
        }
        if (request.status() != SessionStatus.HELD
                && !(topics.isEmpty() && discussed.isEmpty() && actions.isEmpty() && observations.isEmpty())) {
            faults.add(new FieldError("status",
                    "must be HELD for a session with topics, discussed agenda items, actions or observations"));
        }
        FrameworkVersion version = null;
        if (request.frameworkVersionId() != null) {
            version = versions.findByIdOptional(request.frameworkVersionId()).orElse(null);
            if (version == null) {
                faults.add(new FieldError("frameworkVersionId", "is not a published framework version"));
            }
        } else if (!topics.isEmpty() || !observations.isEmpty()) {
            faults.add(new FieldError("frameworkVersionId", "is required when the session has topics or observations"));
        }
        if (version != null) {
            faults.addAll(topicFaults(topics, version));
            faults.addAll(observationFaults(observations, supervisees, version));
        }
        for (int i = 0; i < actions.size(); i++) {
            NewAction action = actions.get(i);
            if (!action.ownerWorkerId().equals(supervisor) && !supervisees.contains(action.ownerWorkerId())) {
                faults.add(new FieldError("actions[" + i + "].ownerWorkerId",
                        "must be the session's supervisor or one of its supervisees"));
            }
            if (action.dueOn().isBefore(heldOn)) {
                faults.add(new FieldError("actions[" + i + "].dueOn", "must not be before the session, " + heldOn));
            }
        }
        if (request.nextSessionOn() != null && request.nextSessionOn().isBefore(heldOn)) {
            faults.add(new FieldError("nextSessionOn", "must not be before the session, " + heldOn));
        }
        List<UUID> notOpen = agenda.notOpen(discussed, supervisees);
        for (int i = 0; i < discussed.size(); i++) {
            if (notOpen.contains(discussed.get(i))) {
                faults.add(new FieldError("discussedAgendaItemIds[" + i + "]",
                        "is not an open item on a supervisee's agenda"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }

        // Hibernate takes its snapshot of an entity with an assigned id when it is persisted: build it whole first.
        Session session = new Session(caller.organisation(), request.kind(), request.status(), supervisor,
                request.startsAt(), heldOn, request.durationMinutes(), request.format(), request.frameworkVersionId(),
                topics, request.nextSessionOn(), now);
        under.forEach((worker, agreement) -> session.addSupervisee(worker, agreement.id()));
        session.seal(cipher, request.notes(), request.wellbeingReflections());
        actions.forEach(a -> session.addAction(a.description(), a.ownerWorkerId(), a.dueOn()));
        observations.forEach(o -> session.addObservation(o.superviseeWorkerId(), o.statementCodes(), o.level())
                .sealComment(o.comment(), cipher));
        sessions.persist(session);

        agenda.closeDiscussed(discussed, supervisees, session.id(), now);
        for (SessionAction action : session.actions()) {
            List<String> concerned = supervisees.contains(action.ownerWorkerId())
                    ? List.of(action.ownerWorkerId())
                    : supervisees;
            concerned.forEach(worker -> agenda.openForAction(session.organisation(), worker, action.id(),
                    actionRef(session, action), action.dueOn(), now));
        }
        announce(session);
        return view(session, true);
    }

    /**
     * The agreement a supervisee attends the session under: for a group session their GROUP agreement with the
     * supervisor if they have one, for a one-to-one session a ROLE_SPECIFIC or CLINICAL one; else any that is active.
     */
    private Agreement agreementFor(String supervisee, String supervisor, LocalDate day, SessionKind kind) {
        List<Agreement> active = agreements.activeBetween(supervisee, supervisor, day);
        return active.stream()
                .filter(a -> (a.type() == AgreementType.GROUP) == (kind == SessionKind.GROUP))
                .findFirst()
                .orElse(active.isEmpty() ? null : active.get(0));
    }

    private static List<FieldError> topicFaults(List<String> topics, FrameworkVersion version) {
        List<FieldError> faults = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < topics.size(); i++) {
            if (!version.hasArea(topics.get(i))) {
                faults.add(
                        new FieldError("topics[" + i + "]", "is not a competence area code of the framework version"));
            } else if (!seen.add(topics.get(i))) {
                faults.add(new FieldError("topics[" + i + "]", "repeats a topic"));
            }
        }
        return faults;
    }

    private static List<FieldError> observationFaults(List<NewObservation> observations, List<String> supervisees,
            FrameworkVersion version) {
        List<FieldError> faults = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            NewObservation observation = observations.get(i);
            String at = "observations[" + i + "]";
            if (!supervisees.contains(observation.superviseeWorkerId())) {
                faults.add(new FieldError(at + ".superviseeWorkerId", "must be one of the session's supervisees"));
            }
            for (int j = 0; j < observation.statementCodes().size(); j++) {
                if (!version.hasStatement(observation.statementCodes().get(j))) {
                    faults.add(new FieldError(at + ".statementCodes[" + j + "]",
                            "is not a competence statement code of the framework version"));
                }
            }
            if (!version.hasLevel(observation.level())) {
                faults.add(new FieldError(at + ".level", "must be one of " + version.levels()));
            }
        }
        return faults;
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
        return view(session, true);
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
        return view(session, true);
    }

    @Transactional
    public SessionView get(UUID id) {
        SessionViewer viewer = viewer();
        Session session = sessions.findVisible(id).filter(viewer::sees)
                .orElseThrow(() -> new ResourceNotFoundException("supervision session", id));
        return view(session, viewer.seesActions(session));
    }

    /**
     * The confidential content, for the session's participants only; every read, and every refused attempt, is in the
     * audit trail. A supervisee reads their own comment and the comments on observations of their own practice; the
     * supervisor reads all of them.
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
        boolean supervisor = viewer.asSupervisor() && session.supervisorWorkerId().equals(viewer.self());
        List<ObservationComment> observationComments = session.observations().stream()
                .filter(o -> o.hasComment() && (supervisor || o.superviseeWorkerId().equals(viewer.self())))
                .map(o -> new ObservationComment(o.id(), o.superviseeWorkerId(), o.comment(cipher)))
                .toList();
        List<SuperviseeComment> superviseeComments = session.supervisees().stream()
                .filter(s -> s.hasComment() && (supervisor || s.workerId().equals(viewer.self())))
                .map(s -> new SuperviseeComment(s.workerId(), s.comment(cipher)))
                .toList();
        return new ConfidentialView(session.id(), session.notes(cipher), session.wellbeingReflections(cipher),
                observationComments, superviseeComments);
    }

    /** A page of the sessions the caller sees, newest first: metadata only, never actions or confidential content. */
    @Transactional
    public Page<SessionView> list(String superviseeWorkerId, String supervisorWorkerId, LocalDate from, LocalDate to,
            String cursor, int limit) {
        List<Session> rows = sessions.page(viewer(),
                new SessionRepository.Filter(superviseeWorkerId, supervisorWorkerId, from, to),
                cursor == null ? null : KeysetCursor.decode(cursor), limit + 1);
        List<SessionView> items = rows.stream().limit(limit).map(s -> view(s, false)).toList();
        String next = rows.size() > limit
                ? new KeysetCursor(rows.get(limit - 1).startsAt(), rows.get(limit - 1).id()).encode()
                : null;
        return new Page<>(items, next);
    }

    private Session visibleForUpdate(UUID id) {
        SessionViewer viewer = viewer();
        return sessions.findVisibleForUpdate(id).filter(viewer::sees)
                .orElseThrow(() -> new ResourceNotFoundException("supervision session", id));
    }

    private SessionViewer viewer() {
        if (caller.hasRole(Roles.HR)) {
            return new SessionViewer(true, null, false, false, Set.of());
        }
        String self = caller.workerId().orElse(null);
        boolean supervisor = caller.hasRole(Roles.SUPERVISOR);
        boolean psw = caller.hasRole(Roles.PSW);
        Set<String> supervised = supervisor && self != null
                ? agreements.superviseesOf(self, today.date())
                : Set.of();
        return new SessionViewer(false, supervisor || psw ? self : null, supervisor, psw, supervised);
    }

    private static String actionRef(Session session, SessionAction action) {
        return "/v1/sessions/" + session.id() + "/actions/" + action.id();
    }

    private static SessionView view(Session s, boolean withActions) {
        return new SessionView(s.id(), s.organisation(), s.kind(), s.status(), s.supervisorWorkerId(),
                s.supervisees().stream().map(v -> new SuperviseeView(v.workerId(), v.agreementId(), v.confirmedAt()))
                        .toList(),
                s.startsAt(), s.heldOn(), s.durationMinutes(), s.format(), s.frameworkVersionId(), s.topicAreaCodes(),
                s.observations().stream()
                        .map(o -> new ObservationView(o.id(), o.superviseeWorkerId(), o.statementCodes(), o.level()))
                        .toList(),
                withActions
                        ? s.actions().stream().map(a -> new ActionView(a.id(), a.description(), a.ownerWorkerId(),
                                a.dueOn(), a.doneAt())).toList()
                        : null,
                (int) s.actions().stream().filter(a -> a.doneAt() == null).count(), s.nextSessionOn(),
                s.hasConfidentialContent(), s.recordedAt());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
