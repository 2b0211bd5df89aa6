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

import org.pswcp.kit.problem.FieldError;
import org.pswcp.kit.problem.InvalidInputException;
import org.pswcp.kit.time.Today;
import org.pswcp.supervision.agenda.Agenda;
import org.pswcp.supervision.agreement.Agreement;
import org.pswcp.supervision.agreement.AgreementType;
import org.pswcp.supervision.agreement.SupervisionAccess;
import org.pswcp.supervision.framework.FrameworkVersion;
import org.pswcp.supervision.framework.FrameworkVersionRepository;
import org.pswcp.supervision.session.SessionDtos.NewAction;
import org.pswcp.supervision.session.SessionDtos.NewObservation;
import org.pswcp.supervision.session.SessionDtos.NewPersonalNotes;
import org.pswcp.supervision.session.SessionDtos.NewSession;

/**
 * What a new session must keep before any of it is recorded: the right number of supervisees, each supervised by the
 * supervisor under an agreement active on the day it was held; no held or missed session in the future; content only
 * for a held session; topics, statements and levels of a published framework version; actions owned by a participant
 * and due after the session; discussed items open on a supervisee's agenda; and what is confidential about one
 * supervisee given for that supervisee alone (a group session takes no notes or reflections about no one in
 * particular). Every fault is collected, so that one answer names each field at fault.
 */
@ApplicationScoped
class SessionRules {

    private final SupervisionAccess supervision;
    private final FrameworkVersionRepository versions;
    private final Agenda agenda;
    private final Today today;

    SessionRules(SupervisionAccess supervision, FrameworkVersionRepository versions, Agenda agenda, Today today) {
        this.supervision = supervision;
        this.versions = versions;
        this.agenda = agenda;
        this.today = today;
    }

    /**
     * The session the supervisor asks to record, checked against every rule.
     *
     * @throws InvalidInputException naming every field at fault, and quoting none of what was sent
     */
    ValidSession check(NewSession request, String supervisorWorkerId, Instant now) {
        LocalDate heldOn = today.dateOf(request.startsAt());
        List<String> supervisees = request.superviseeWorkerIds();
        List<String> topics = orEmpty(request.topics());
        List<UUID> discussed = orEmpty(request.discussedAgendaItemIds());
        List<NewAction> actions = orEmpty(request.actions());
        List<NewObservation> observations = orEmpty(request.observations());

        List<FieldError> faults = new ArrayList<>();
        superviseeFaults(request.kind(), supervisees, faults);
        if (request.status() != SessionStatus.CANCELLED && request.startsAt().isAfter(now)) {
            faults.add(new FieldError("startsAt", "must not be in the future for a " + request.status() + " session"));
        }
        Map<String, UUID> agreements = agreements(supervisees, supervisorWorkerId, heldOn, request.kind(), faults);
        if (request.status() != SessionStatus.HELD
                && !(topics.isEmpty() && discussed.isEmpty() && actions.isEmpty() && observations.isEmpty())) {
            faults.add(new FieldError("status",
                    "must be HELD for a session with topics, discussed agenda items, actions or observations"));
        }
        frameworkFaults(request.frameworkVersionId(), topics, observations, supervisees, faults);
        actionFaults(actions, supervisorWorkerId, supervisees, heldOn, faults);
        if (request.nextSessionOn() != null && request.nextSessionOn().isBefore(heldOn)) {
            faults.add(new FieldError("nextSessionOn", "must not be before the session, " + heldOn));
        }
        discussedFaults(discussed, supervisees, faults);
        Map<String, NewPersonalNotes> personal = personalNotes(request, supervisees, faults);
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return new ValidSession(request, supervisorWorkerId, heldOn, agreements, topics, discussed, actions,
                observations, personal);
    }

    /**
     * What is about each supervisee, by supervisee. A one-to-one session's notes and reflections are about its one
     * supervisee; a group session's must say about whom, so at its top level they are refused rather than guessed.
     */
    private static Map<String, NewPersonalNotes> personalNotes(NewSession request, List<String> supervisees,
            List<FieldError> faults) {
        List<NewPersonalNotes> entries = orEmpty(request.personalNotes());
        boolean topLevel = request.notes() != null || request.wellbeingReflections() != null;
        if (topLevel && request.kind() == SessionKind.GROUP) {
            String instead = "is not taken for a GROUP session: give what is about one supervisee in personalNotes,"
                    + " and what every participant may read in sharedNotes";
            if (request.notes() != null) {
                faults.add(new FieldError("notes", instead));
            }
            if (request.wellbeingReflections() != null) {
                faults.add(new FieldError("wellbeingReflections", instead));
            }
        } else if (topLevel && !entries.isEmpty()) {
            faults.add(new FieldError("personalNotes",
                    "must be empty when notes or wellbeingReflections are given: a one-to-one session's are one or"
                            + " the other"));
        }
        Map<String, NewPersonalNotes> about = new LinkedHashMap<>();
        if (topLevel && entries.isEmpty() && request.kind() == SessionKind.ONE_TO_ONE && supervisees.size() == 1) {
            about.put(supervisees.get(0),
                    new NewPersonalNotes(supervisees.get(0), request.notes(), request.wellbeingReflections()));
        }
        for (int i = 0; i < entries.size(); i++) {
            String worker = entries.get(i).superviseeWorkerId();
            if (!supervisees.contains(worker)) {
                faults.add(new FieldError("personalNotes[" + i + "].superviseeWorkerId",
                        "must be one of the session's supervisees"));
            } else if (about.putIfAbsent(worker, entries.get(i)) != null) {
                faults.add(new FieldError("personalNotes[" + i + "].superviseeWorkerId", "repeats a supervisee"));
            }
        }
        return about;
    }

    private static void superviseeFaults(SessionKind kind, List<String> supervisees, List<FieldError> faults) {
        if (kind == SessionKind.ONE_TO_ONE && supervisees.size() != 1) {
            faults.add(
                    new FieldError("superviseeWorkerIds", "must name exactly one supervisee for a ONE_TO_ONE session"));
        }
        if (kind == SessionKind.GROUP && supervisees.size() < 2) {
            faults.add(new FieldError("superviseeWorkerIds", "must name two or more supervisees for a GROUP session"));
        }
        if (new HashSet<>(supervisees).size() != supervisees.size()) {
            faults.add(new FieldError("superviseeWorkerIds", "must not name a supervisee twice"));
        }
    }

    /** Each supervisee's agreement with the supervisor, by supervisee; a fault for each who has none that day. */
    private Map<String, UUID> agreements(List<String> supervisees, String supervisorWorkerId, LocalDate heldOn,
            SessionKind kind, List<FieldError> faults) {
        Map<String, UUID> under = new LinkedHashMap<>();
        for (int i = 0; i < supervisees.size(); i++) {
            Agreement agreement = agreementFor(supervisees.get(i), supervisorWorkerId, heldOn, kind);
            if (agreement == null) {
                faults.add(new FieldError("superviseeWorkerIds[" + i + "]",
                        "has no supervision agreement with you that is active on " + heldOn));
            } else {
                under.putIfAbsent(supervisees.get(i), agreement.id());
            }
        }
        return under;
    }

    /**
     * The agreement a supervisee attends the session under: for a group session their GROUP agreement with the
     * supervisor if they have one, for a one-to-one session a ROLE_SPECIFIC or CLINICAL one; else any that is active.
     */
    private Agreement agreementFor(String supervisee, String supervisor, LocalDate day, SessionKind kind) {
        List<Agreement> active = supervision.agreementsOn(supervisor, supervisee, day);
        return active.stream()
                .filter(a -> (a.type() == AgreementType.GROUP) == (kind == SessionKind.GROUP))
                .findFirst()
                .orElse(active.isEmpty() ? null : active.get(0));
    }

    private void frameworkFaults(UUID versionId, List<String> topics, List<NewObservation> observations,
            List<String> supervisees, List<FieldError> faults) {
        if (versionId == null) {
            if (!topics.isEmpty() || !observations.isEmpty()) {
                faults.add(new FieldError("frameworkVersionId",
                        "is required when the session has topics or observations"));
            }
            return;
        }
        FrameworkVersion version = versions.findByIdOptional(versionId).orElse(null);
        if (version == null) {
            faults.add(new FieldError("frameworkVersionId", "is not a published framework version"));
            return;
        }
        topicFaults(topics, version, faults);
        observationFaults(observations, supervisees, version, faults);
    }

    private static void topicFaults(List<String> topics, FrameworkVersion version, List<FieldError> faults) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < topics.size(); i++) {
            if (!version.hasArea(topics.get(i))) {
                faults.add(
                        new FieldError("topics[" + i + "]", "is not a competence area code of the framework version"));
            } else if (!seen.add(topics.get(i))) {
                faults.add(new FieldError("topics[" + i + "]", "repeats a topic"));
            }
        }
    }

    private static void observationFaults(List<NewObservation> observations, List<String> supervisees,
            FrameworkVersion version, List<FieldError> faults) {
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
    }

    private static void actionFaults(List<NewAction> actions, String supervisorWorkerId, List<String> supervisees,
            LocalDate heldOn, List<FieldError> faults) {
        for (int i = 0; i < actions.size(); i++) {
            NewAction action = actions.get(i);
            if (!action.ownerWorkerId().equals(supervisorWorkerId)
                    && !supervisees.contains(action.ownerWorkerId())) {
                faults.add(new FieldError("actions[" + i + "].ownerWorkerId",
                        "must be the session's supervisor or one of its supervisees"));
            }
            if (action.dueOn().isBefore(heldOn)) {
                faults.add(new FieldError("actions[" + i + "].dueOn", "must not be before the session, " + heldOn));
            }
        }
    }

    private void discussedFaults(List<UUID> discussed, List<String> supervisees, List<FieldError> faults) {
        List<UUID> notOpen = agenda.notOpen(discussed, supervisees);
        for (int i = 0; i < discussed.size(); i++) {
            if (notOpen.contains(discussed.get(i))) {
                faults.add(new FieldError("discussedAgendaItemIds[" + i + "]",
                        "is not an open item on a supervisee's agenda"));
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
