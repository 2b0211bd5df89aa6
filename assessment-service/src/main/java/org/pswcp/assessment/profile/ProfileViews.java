package org.pswcp.assessment.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Competence profiles, development plans and the organisation summary, as the API shows them. */
public final class ProfileViews {

    private ProfileViews() {
    }

    @Schema(name = "RatingLevel", description = "A value of the rating scale.")
    public record LevelView(@Schema(example = "3") int value, @Schema(example = "competent") String code,
            @Schema(example = "Competent") String label, boolean met) {
    }

    @Schema(name = "AttainedRating",
            description = "The standing rating of a statement, from the latest signed-off supervisor or observation assessment that rated it.")
    public record Attained(LevelView level, UUID assessmentId, Instant assessedAt) {
    }

    @Schema(name = "SelfRating",
            description = "The worker's own latest rating, from a submitted or signed-off self-assessment: shown"
                    + " beside the attained level, never averaged into it. For the worker and their supervisors only;"
                    + " HR sees signed-off outcomes only.")
    public record SelfRatingView(LevelView level, UUID assessmentId, Instant ratedAt) {
    }

    @Schema(name = "EvidenceRef",
            description = "Evidence behind a statement: an item of a signed-off assessment, or (for the worker and"
                    + " their supervisors, not HR) a direct observation recorded in supervision.")
    public record EvidenceRef(@Schema(example = "ASSESSMENT") String source, UUID id, String title, String kind,
            LocalDate date, String link) {
    }

    @Schema(name = "ProfileStatement")
    public record StatementProfile(String code, String text, Attained attained,
            @Schema(description = "The worker's own latest self-rating; absent when there is none, and always for"
                    + " HR.") SelfRatingView selfRating,
            @Schema(description = "Evidence of signed-off assessments and, except for HR, direct observations"
                    + " recorded in supervision (source OBSERVATION), which no one signs"
                    + " off.") List<EvidenceRef> evidence) {
    }

    @Schema(name = "ProfileArea")
    public record AreaProfile(@Schema(example = "2.5") String code, String title, @Schema(example = "2") String domain,
            AreaLevel.Status status,
            @Schema(description = "The lowest attained level among the area's rated statements.") LevelView level,
            @Schema(description = "When a statement of the area was last signed off.") Instant lastAssessedAt,
            List<StatementProfile> statements) {
    }

    @Schema(name = "CompetenceProfile",
            description = "A worker's attained levels per area and statement against one framework version. HR's"
                    + " profile carries signed-off outcomes only: no self-ratings, no direct observations recorded in"
                    + " supervision.")
    public record Profile(@Schema(example = "10000001") String workerId, @Schema(example = "R9A") String organisation,
            UUID frameworkVersionId, @Schema(example = "mh-psw/2020-10") String framework, List<AreaProfile> areas) {
    }

    @Schema(name = "UnitRef")
    public record UnitRef(@Schema(example = "UNIT 1.6") String code, String title) {
    }

    @Schema(name = "DevelopmentGoal",
            description = "An area the role requires at a level the worker has not attained, with the curriculum units that teach it.")
    public record Goal(@Schema(example = "2.5") String area, String areaTitle, LevelView required,
            @Schema(description = "Attained level; absent when not assessed.") LevelView attained,
            AreaLevel.Status status,
            @Schema(description = "Statements of the area below the required level or not yet assessed.") List<String> statements,
            List<UnitRef> units) {
    }

    @Schema(name = "DevelopmentPlan",
            description = "The gap between a worker's attained levels (signed-off supervisor and observation"
                    + " assessments only, never self-ratings) and a role profile, and the curriculum units to close"
                    + " it.")
    public record Plan(String workerId, UUID frameworkVersionId, @Schema(example = "senior-psw") String roleProfile,
            @Schema(description = "Areas the role requires that are met.") List<String> met, List<Goal> goals,
            @Schema(description = "Every unit named by a goal, once, in curriculum order.") List<UnitRef> units) {
    }

    @Schema(name = "SubjectAccessCompetence", description = "A worker's competence profile and development plan"
            + " against one framework version, as their subject access export holds them: as the worker sees them,"
            + " with their self-ratings and the direct observations recorded in supervision beside the signed-off"
            + " outcomes, whether the worker or HR on their behalf asks.")
    public record SubjectCompetence(
            @Schema(description = "The framework version.",
                    example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e70") UUID frameworkVersionId,
            @Schema(description = "The framework and version, as code/version.",
                    example = "mh-psw/2020-10") String framework,
            Profile competenceProfile,
            @Schema(description = "The plan for the worker's own role on the roster; absent when this service does"
                    + " not know their role, or the version has no role profile for it.") Plan developmentPlan) {
    }

    @Schema(name = "AreaSummary")
    public record AreaSummary(String area, String title, long met, long developing, long notAssessed) {
    }

    @Schema(name = "OrganisationSummary",
            description = "Per area, how many of the organisation's workers have met it, are developing it, or have"
                    + " not been assessed, from signed-off supervisor and observation assessments only: self-ratings"
                    + " and assessments not signed off count for nothing. Workers whose records were destroyed are"
                    + " still counted, anonymously, as they were counted when their records were destroyed.")
    public record Summary(String organisation, UUID frameworkVersionId, long workers, List<AreaSummary> areas) {
    }
}
