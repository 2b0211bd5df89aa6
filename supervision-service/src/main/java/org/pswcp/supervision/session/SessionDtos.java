package org.pswcp.supervision.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.supervision.agreement.SupervisionFormat;

import com.fasterxml.jackson.annotation.JsonInclude;

public final class SessionDtos {

    /** The most text a confidential field holds: about ten pages. */
    static final int CONFIDENTIAL_TEXT = 20_000;

    private SessionDtos() {
    }

    @Schema(name = "NewSession",
            description = "A supervision session as its supervisor records it, after it took place (or was cancelled or missed). Its confidential content is encrypted at rest: what is about one supervisee (notes, wellbeingReflections, personalNotes, an observation's comment) is read only by that supervisee and the supervisor; sharedNotes by every participant.")
    public record NewSession(
            @NotNull @Schema(example = "ONE_TO_ONE") SessionKind kind,
            @NotNull @Size(min = 1, max = 12) @Schema(
                    description = "Who received supervision: one for a one-to-one session, two or more for a group. Each must have a supervision agreement with you that is active on the day of the session.",
                    example = "[\"10000001\"]") List<@NotBlank @Size(max = 32) String> superviseeWorkerIds,
            @NotNull @Schema(
                    description = "When the session started (or was to start). Held and missed sessions cannot start in the future.",
                    example = "2026-11-20T10:00:00Z") Instant startsAt,
            @NotNull @Min(1) @Max(480) @Schema(description = "Length in minutes, 1 to 480.",
                    example = "60") Integer durationMinutes,
            @NotNull @Schema(example = "IN_PERSON") SupervisionFormat format,
            @NotNull @Schema(example = "HELD") SessionStatus status,
            @Schema(description = "The framework version that topics and observations refer to; required when there are any.",
                    example = "7d5c4ee2-3e5b-5a55-9d76-0e3f2a0c8f51") UUID frameworkVersionId,
            @Size(max = 50) @Schema(description = "Competence areas discussed, by code (held sessions only).",
                    example = "[\"1.1\", \"2.3\"]") List<@NotBlank @Size(max = 20) String> topics,
            @Size(max = 50) @Schema(
                    description = "Open items of the supervisees' agendas that the session discussed; they close (held sessions only).") List<@NotNull UUID> discussedAgendaItemIds,
            @Size(max = 20) @Schema(
                    description = "What was agreed to do (held sessions only).") List<@NotNull @Valid NewAction> actions,
            @Size(max = 20) @Schema(
                    description = "Direct observations of practice (held sessions only).") List<@NotNull @Valid NewObservation> observations,
            @Schema(description = "The day agreed for the next session, if any; not before this one.",
                    example = "2026-12-18") LocalDate nextSessionOn,
            @Size(max = CONFIDENTIAL_TEXT) @Schema(
                    description = "Confidential, ONE_TO_ONE sessions only: the supervisor's notes about the supervisee, read by the two of them alone. For a GROUP session write them per supervisee in personalNotes.",
                    example = "Talked through the first month on the ward; plans for using lived experience safely.") String notes,
            @Size(max = CONFIDENTIAL_TEXT) @Schema(
                    description = "Confidential, ONE_TO_ONE sessions only: the supervisee's reflections on their own wellbeing, read by them and the supervisor alone. For a GROUP session write them per supervisee in personalNotes.",
                    example = "Feeling settled; sleeping better since changing shifts.") String wellbeingReflections,
            @Size(max = 12) @Schema(
                    description = "Confidential: what is about one supervisee, one entry each, read only by that supervisee and the supervisor; never by the other supervisees of a group. In a ONE_TO_ONE session this is another way to give notes and wellbeingReflections: one or the other, not both.") List<@NotNull @Valid NewPersonalNotes> personalNotes,
            @Size(max = CONFIDENTIAL_TEXT) @Schema(
                    description = "Confidential: notes the supervisor shares with every participant, such as what a group talked about together. Nothing about one person belongs here.",
                    example = "We shared ways of starting conversations about recovery on the ward.") String sharedNotes) {
    }

    @Schema(name = "NewSessionPersonalNotes",
            description = "What a session's record holds about one supervisee: read only by them and the supervisor.")
    public record NewPersonalNotes(
            @NotBlank @Size(max = 32) @Schema(description = "Whom it is about: one of the session's supervisees.",
                    example = "10000001") String superviseeWorkerId,
            @Size(max = CONFIDENTIAL_TEXT) @Schema(description = "The supervisor's notes about this supervisee.",
                    example = "Wants to bring her own experience of recovery into ward groups.") String notes,
            @Size(max = CONFIDENTIAL_TEXT) @Schema(
                    description = "The supervisee's reflections on their own wellbeing.",
                    example = "Tired after nights; asked for fewer in a row.") String wellbeingReflections) {
    }

    @Schema(name = "NewSessionAction", description = "An action agreed in a session.")
    public record NewAction(
            @NotBlank @Size(max = 500) @Schema(
                    description = "What is to be done. Shown to the session's participants and on agendas, never to HR; keep confidential matters in the notes.",
                    example = "Read the trust's lone working policy") String description,
            @NotBlank @Size(max = 32) @Schema(description = "Who does it: the supervisor or one of the supervisees.",
                    example = "10000001") String ownerWorkerId,
            @NotNull @Schema(description = "By when; not before the session.",
                    example = "2026-12-04") LocalDate dueOn) {
    }

    @Schema(name = "NewDirectObservation",
            description = "Direct observation of a supervisee's practice: what was seen, at which level. It is sent to assessment-service for the competence profile; the comment is not.")
    public record NewObservation(
            @NotBlank @Size(max = 32) @Schema(
                    description = "Whose practice was observed: one of the session's supervisees.",
                    example = "10000001") String superviseeWorkerId,
            @NotNull @Size(min = 1, max = 50) @Schema(
                    description = "Competence statements observed, by code, from the session's framework version.",
                    example = "[\"1.1.1\"]") List<@NotBlank @Size(max = 20) String> statementCodes,
            @NotBlank @Size(max = 40) @Schema(description = "The level seen, a code of the version's rating scale.",
                    example = "competent") String level,
            @Size(max = 4000) @Schema(description = "Confidential: the observer's comment.",
                    example = "Explained consent clearly and checked understanding.") String comment) {
    }

    @Schema(name = "SessionConfirmation",
            description = "A supervisee confirms the session's record, and may add a comment beside it.")
    public record Confirmation(
            @Size(max = 4000) @Schema(description = "Confidential: the supervisee's comment on the record.",
                    example = "I would add that we agreed to revisit my hours in January.") String comment) {
    }

    @Schema(name = "Session",
            description = "A supervision session's record, without its confidential content (see /confidential).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionView(
            UUID id,
            @Schema(example = "R9A") String organisation,
            SessionKind kind,
            SessionStatus status,
            @Schema(example = "10000010") String supervisorWorkerId,
            List<SuperviseeView> supervisees,
            @Schema(example = "2026-11-20T10:00:00Z") Instant startsAt,
            @Schema(description = "The day of the session in the trust's time zone.",
                    example = "2026-11-20") LocalDate heldOn,
            @Schema(example = "60") int durationMinutes,
            SupervisionFormat format,
            UUID frameworkVersionId,
            @Schema(description = "Competence area codes discussed.", example = "[\"1.1\"]") List<String> topics,
            @Schema(description = "Direct observations, each shown only to the supervisee observed, the session's supervisor and the supervisee's current supervisors: in a group, a supervisee sees only their own. Absent for HR, who sees signed-off outcomes in assessment-service.") List<ObservationView> observations,
            @Schema(description = "The actions agreed that you may see, absent for HR and in lists. An action owned by a supervisee is shown to them, the session's supervisor and their current supervisors; one owned by the supervisor is the group's, shown to every participant.") List<ActionView> actions,
            @Schema(description = "How many of the actions agreed are not done yet: all of them for HR, else of those you may see.",
                    example = "1") int openActions,
            @Schema(example = "2026-12-18") LocalDate nextSessionOn,
            @Schema(description = "For the session's participants: whether /confidential holds anything for you to read. Absent for everyone else.") Boolean hasConfidentialContent,
            Instant recordedAt) {

        /**
         * The session's record as the viewer may see it: observations and actions about a supervisee only if they see
         * that supervisee's; the actions themselves only when {@code withActions}, else how many are open.
         */
        static SessionView of(Session s, SessionViewer viewer, boolean withActions) {
            boolean hr = viewer.wholeOrganisation();
            List<SessionAction> actions = hr
                    ? s.actions()
                    : s.actions().stream().filter(a -> viewer.seesAction(s, a)).toList();
            return new SessionView(s.id(), s.organisation(), s.kind(), s.status(), s.supervisorWorkerId(),
                    s.supervisees().stream()
                            .map(v -> new SuperviseeView(v.workerId(), v.agreementId(), v.confirmedAt())).toList(),
                    s.startsAt(), s.heldOn(), s.durationMinutes(), s.format(), s.frameworkVersionId(),
                    s.topicAreaCodes(),
                    hr
                            ? null
                            : s.observations().stream().filter(o -> viewer.seesAbout(s, o.superviseeWorkerId()))
                                    .map(o -> new ObservationView(o.id(), o.superviseeWorkerId(), o.statementCodes(),
                                            o.level()))
                                    .toList(),
                    withActions && !hr
                            ? actions.stream().map(a -> new ActionView(a.id(), a.description(), a.ownerWorkerId(),
                                    a.dueOn(), a.doneAt())).toList()
                            : null,
                    (int) actions.stream().filter(a -> a.doneAt() == null).count(), s.nextSessionOn(),
                    viewer.takesPart(s) ? viewer.readsSomething(s) : null,
                    s.recordedAt());
        }
    }

    @Schema(name = "SessionSupervisee")
    public record SuperviseeView(
            @Schema(example = "10000001") String workerId,
            @Schema(description = "The agreement under which they received this supervision.") UUID agreementId,
            @Schema(description = "When they confirmed the record; absent until then.") Instant confirmedAt) {
    }

    @Schema(name = "SessionObservation", description = "A direct observation, without its confidential comment.")
    public record ObservationView(UUID id, @Schema(example = "10000001") String superviseeWorkerId,
            @Schema(example = "[\"1.1.1\"]") List<String> statementCodes, @Schema(example = "competent") String level) {
    }

    @Schema(name = "SessionAction")
    public record ActionView(UUID id, @Schema(example = "Read the trust's lone working policy") String description,
            @Schema(example = "10000001") String ownerWorkerId, @Schema(example = "2026-12-04") LocalDate dueOn,
            @Schema(description = "When it was marked done; absent until then.") Instant doneAt) {
    }

    @Schema(name = "SessionConfidentialContent",
            description = "What the session's participants read, each only what is theirs to read. Every read is audited.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConfidentialView(UUID sessionId,
            @Schema(description = "Notes the supervisor shared with every participant.") String sharedNotes,
            @Schema(description = "What is about each supervisee: a supervisee reads only their own entry, the supervisor every entry.") List<PersonalContent> supervisees,
            @Schema(description = "For the supervisor only: notes of a group session recorded before content was kept per supervisee, which cannot be attributed to one of them.") String unattributedNotes,
            @Schema(description = "For the supervisor only: wellbeing reflections of a group session recorded before content was kept per supervisee.") String unattributedWellbeingReflections) {
    }

    @Schema(name = "SessionPersonalContent",
            description = "What a session's record holds about one supervisee: read only by them and the supervisor.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonalContent(@Schema(example = "10000001") String workerId,
            @Schema(description = "The supervisor's notes about this supervisee.") String notes,
            @Schema(description = "The supervisee's reflections on their own wellbeing.") String wellbeingReflections,
            @Schema(description = "The supervisee's own comment on the record.") String comment,
            @Schema(description = "The observer's comments on observations of this supervisee's practice.") List<ObservationComment> observationComments) {
    }

    @Schema(name = "SubjectAccessSession",
            description = "A session the worker took part in, as their subject access export holds it: its record, the notes shared with every participant, and what is about the worker. Never what is about another supervisee.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubjectSession(
            @Schema(description = "How the worker took part.", enumeration = {
                    "SUPERVISOR", "SUPERVISEE"},
                    example = "SUPERVISEE") String role,
            SessionView session,
            @Schema(description = "Notes the supervisor shared with every participant.") String sharedNotes,
            @Schema(description = "What the record holds about the worker as a supervisee; absent for sessions they ran.") PersonalContent aboutYou){
    }

    @Schema(name = "SessionObservationComment")
    public record ObservationComment(UUID observationId, String comment) {
    }
}
