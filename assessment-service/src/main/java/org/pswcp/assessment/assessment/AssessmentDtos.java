package org.pswcp.assessment.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy;

public final class AssessmentDtos {

    private AssessmentDtos() {
    }

    @Schema(name = "NewAssessment", description = "A new assessment, created as a draft.")
    public record CreateAssessment(
            @NotNull @Schema(
                    description = "SELF: a worker rates themself. SUPERVISOR or DIRECT_OBSERVATION: a supervisor rates a supervisee. ORGANISATIONAL: HR rates the organisation, or a team, against the organisational competences (domain 9).",
                    example = "SELF") AssessmentKind kind,
            @NotNull @Schema(
                    description = "The published framework version to assess against; see GET /v1/framework-versions.") UUID frameworkVersionId,
            @Size(max = 32) @Schema(
                    description = "The worker assessed: required for SUPERVISOR and DIRECT_OBSERVATION, absent for SELF (it is you) and ORGANISATIONAL.",
                    example = "10000001") String workerId,
            @Size(max = 100) @Schema(
                    description = "For ORGANISATIONAL: the team assessed; absent for the whole organisation.") String team,
            @Size(max = 500) @Schema(
                    description = "Codes of the competence areas or single statements covered. Absent or empty: every area of the version (ORGANISATIONAL: every organisational area).",
                    example = "[\"2.5\", \"3.1\"]") List<@NotBlank String> scope) {
    }

    @Schema(name = "RatingInput", description = "A rating of one statement (statementCode) or of one area without"
            + " statements, rated as a whole (areaCode): exactly one of the two. An area that has statements is rated"
            + " through them; only an area the version gives no statements (such as the meta-competences 7.1 or the"
            + " organisational competences 9.1 and 9.2 of mh-psw/2020-10) is rated by areaCode. Either way the value"
            + " is on the version's rating scale, and the code must be in the assessment's scope.")
    public record RatingInput(
            @Size(max = 50) @Schema(description = "The statement rated. Required unless areaCode is given.",
                    example = "2.5.2.3") String statementCode,
            @Size(max = 50) @Schema(description = "The area rated as a whole, when the version gives it no statements;"
                    + " absent when statementCode is given.", example = "9.1") String areaCode,
            @NotNull @Schema(description = "A value of the version's rating scale.", example = "3") Integer value,
            @Size(max = 2000) @Schema(description = "Why this rating.",
                    example = "Explains the right to withdraw consent in every first meeting.") String comment) {
    }

    @Schema(name = "Ratings", description = "Ratings to add or change; statements and areas not listed keep theirs.")
    public record RateRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid RatingInput> ratings) {
    }

    @Schema(name = "NewEvidence", description = "A piece of evidence: described and linked, never uploaded.")
    public record EvidenceInput(
            @NotBlank @Size(max = 200) @Schema(example = "Reflective log, March") String title,
            @NotNull EvidenceKind kind,
            @Schema(example = "2026-03-14") LocalDate occurredOn,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") @Schema(
                    example = "https://learning.example.nhs.uk/records/4711") String link,
            @Size(max = 200) @Schema(description = "Codes of the statements it shows.",
                    example = "[\"2.5.2.3\"]") List<@NotBlank String> statementCodes,
            @Size(max = 50) @Schema(description = "Codes of the areas without statements, rated as a whole, that it"
                    + " shows; an area that has statements is shown through them (statementCodes).",
                    example = "[\"9.1\"]") List<@NotBlank String> areaCodes) {
    }

    @Schema(name = "Return", description = "Why the assessment goes back to its author.")
    public record ReturnRequest(
            @NotBlank @Size(max = 2000) @Schema(example = "Please add evidence for 2.5.2.3.") String reason) {
    }

    @Schema(name = "Rating", description = "A rating of one statement, or of one area without statements rated as a"
            + " whole: exactly one of statementCode and areaCode is present.")
    public record RatingView(
            @Schema(description = "The statement rated; absent for an area rated as a whole.",
                    example = "2.5.2.3") String statementCode,
            @Schema(description = "The area rated as a whole; absent for a statement's rating.") String areaCode,
            int value,
            @Schema(description = "Code of the value's level on the scale.", example = "competent") String level,
            String comment, Instant ratedAt) {
    }

    @Schema(name = "Evidence")
    public record EvidenceView(UUID id, String title, EvidenceKind kind, LocalDate occurredOn, String link,
            List<String> statementCodes,
            @Schema(description = "The areas without statements, rated as a whole, that it shows.",
                    example = "[\"9.1\"]") List<String> areaCodes,
            Instant addedAt) {

        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.id(), e.title(), e.kind(), e.occurredOn(), e.link(),
                    List.copyOf(e.statementCodes()), List.copyOf(e.areaCodes()), e.addedAt());
        }
    }

    @Schema(name = "Assessment", description = "An assessment against one published framework version.")
    public record AssessmentView(
            UUID id,
            @Schema(description = "ODS code of the organisation the assessment belongs to.",
                    example = "R9A") String organisation,
            AssessmentKind kind,
            @Schema(description = "The assessed worker, as their trust knows them; absent for organisational assessments.",
                    example = "10000001") String workerId,
            @Schema(description = "For organisational assessments of a team: the team.") String team,
            @Schema(description = "The author's worker id, when the author is a worker; \"(destroyed)\" once that"
                    + " worker's records were destroyed.", example = "10000010") String authorWorkerId,
            UUID frameworkVersionId,
            AssessmentStatus status,
            List<String> scope,
            List<RatingView> ratings,
            List<EvidenceView> evidence,
            Instant createdAt,
            Instant submittedAt,
            Instant signedOffAt,
            @Schema(description = "Who signed it off: a worker id, or the account id of a caller without one;"
                    + " \"(destroyed)\" once that worker's records were destroyed.") String signedOffBy,
            Instant returnedAt,
            @Schema(description = "Why it was last returned. Absent for HR reading a worker's assessment: HR sees"
                    + " signed-off outcomes only, not why an earlier version was returned (a subject access export,"
                    + " which HR may produce on the worker's behalf, carries it).") String returnReason) {

        /**
         * The assessment with the version's level codes; {@code withReturnReason} false for a caller who sees it as a
         * signed-off outcome only.
         */
        static AssessmentView of(Assessment a, FrameworkCopy version, boolean withReturnReason) {
            return new AssessmentView(a.id(), a.organisation(), a.kind(), a.subjectWorkerId(), a.subjectTeam(),
                    a.authorWorkerId(), a.frameworkVersionId(), a.status(), List.copyOf(a.scope()),
                    a.ratings().stream().map(r -> new RatingView(r.statementCode(), r.areaCode(), r.value(),
                            version.level(r.value()).map(l -> l.code()).orElse(null), r.comment(), r.ratedAt()))
                            .toList(),
                    a.evidence().stream().map(EvidenceView::of).toList(), a.createdAt(), a.submittedAt(),
                    a.signedOffAt(), a.signedOffBy(), a.returnedAt(), withReturnReason ? a.returnReason() : null);
        }
    }

    @Schema(name = "AssessmentByYou", description = "An assessment the worker wrote or signed off about another"
            + " worker, or about the organisation or a team, as their subject access export lists it: which one,"
            + " whom it is about and when, never its ratings, evidence or return reason, which are about the person"
            + " or team assessed.")
    public record AssessmentByYou(
            @Schema(description = "Id of the assessment.",
                    example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e6f") UUID id,
            AssessmentKind kind,
            @Schema(description = "The worker assessed; absent for organisational assessments.",
                    example = "10000001") String workerId,
            @Schema(description = "For organisational assessments of a team: the team.",
                    example = "Crisis team") String team,
            @Schema(description = "The framework version assessed against.",
                    example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e70") UUID frameworkVersionId,
            AssessmentStatus status,
            @Schema(description = "Whether the worker wrote it.", example = "true") boolean authored,
            @Schema(description = "Whether the worker signed it off.", example = "false") boolean signedOff,
            @Schema(description = "When it was started.") Instant createdAt,
            @Schema(description = "When it was last submitted.") Instant submittedAt,
            @Schema(description = "When it was signed off.") Instant signedOffAt,
            @Schema(description = "When it was last returned to its author.") Instant returnedAt) {

        static AssessmentByYou of(Assessment a, String workerId) {
            return new AssessmentByYou(a.id(), a.kind(), a.subjectWorkerId(), a.subjectTeam(),
                    a.frameworkVersionId(), a.status(), workerId.equals(a.authorWorkerId()),
                    workerId.equals(a.signedOffBy()), a.createdAt(), a.submittedAt(), a.signedOffAt(),
                    a.returnedAt());
        }
    }
}
