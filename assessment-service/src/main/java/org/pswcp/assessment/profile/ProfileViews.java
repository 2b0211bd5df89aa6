package org.pswcp.assessment.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Competence profiles, development plans and the organisation summary, as the API shows them. */
public final class ProfileViews {

    private ProfileViews() {
    }

    private static <T> List<T> plus(List<T> list, List<T> more) {
        List<T> all = new ArrayList<>(list == null ? List.of() : list);
        all.addAll(more);
        return List.copyOf(all);
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
            description = "Evidence behind a statement: an item of a signed-off assessment, a curriculum unit the"
                    + " worker completed as their trust's learning system recorded it (source LEARNING, shown to"
                    + " everyone who sees the profile: a completion is not confidential, and it is evidence, not a"
                    + " level), or (for the worker and their supervisors, not HR) a direct observation recorded in"
                    + " supervision.")
    public record EvidenceRef(@Schema(example = "ASSESSMENT") String source, UUID id, String title, String kind,
            LocalDate date, String link) {
    }

    @Schema(name = "ProfileStatement")
    public record StatementProfile(String code, String text, Attained attained,
            @Schema(description = "The worker's own latest self-rating; absent when there is none, and always for"
                    + " HR.") SelfRatingView selfRating,
            @Schema(description = "Evidence of signed-off assessments, completed curriculum units that cover the"
                    + " statement (source LEARNING) and, except for HR, direct observations recorded in supervision"
                    + " (source OBSERVATION), which no one signs off.") List<EvidenceRef> evidence) {

        StatementProfile withEvidence(List<EvidenceRef> more) {
            return more.isEmpty() ? this : new StatementProfile(code, text, attained, selfRating, plus(evidence, more));
        }
    }

    @Schema(name = "ProfileArea", description = "An area of the profile. An area with statements is attained"
            + " through them (statements); an area without statements, such as the meta-competences 7.1, is rated as"
            + " a whole (ratedAsWhole): its attained rating, self-rating and evidence are on the area, and statements"
            + " is empty.")
    public record AreaProfile(@Schema(example = "2.5") String code, String title, @Schema(example = "2") String domain,
            AreaLevel.Status status,
            @Schema(description = "The lowest attained level among the area's rated statements; for an area rated as"
                    + " a whole, the level of its rating.") LevelView level,
            @Schema(description = "When a statement of the area, or the area rated as a whole, was last signed"
                    + " off.") Instant lastAssessedAt,
            List<StatementProfile> statements,
            @Schema(description = "Whether the area has no statements and is rated as a whole (areaCode in an"
                    + " assessment's ratings).", example = "false") boolean ratedAsWhole,
            @Schema(description = "For an area rated as a whole: its standing rating; absent otherwise, and when not"
                    + " assessed.") Attained attained,
            @Schema(description = "For an area rated as a whole: the worker's own latest self-rating of it; absent"
                    + " otherwise, when there is none, and always for HR.") SelfRatingView selfRating,
            @Schema(description = "For an area rated as a whole: the evidence that shows it; absent"
                    + " otherwise.") List<EvidenceRef> evidence) {

        /** The area with more evidence, by the code it shows: a statement's, or this area's if rated as a whole. */
        AreaProfile withEvidence(Map<String, List<EvidenceRef>> more) {
            List<StatementProfile> shown = statements.stream()
                    .map(st -> st.withEvidence(more.getOrDefault(st.code(), List.of()))).toList();
            List<EvidenceRef> own = ratedAsWhole && more.containsKey(code) ? plus(evidence, more.get(code)) : evidence;
            return new AreaProfile(code, title, domain, status, level, lastAssessedAt, shown, ratedAsWhole, attained,
                    selfRating, own);
        }
    }

    @Schema(name = "CompetenceProfile",
            description = "A worker's attained levels per area and statement against one framework version. HR's"
                    + " profile carries signed-off outcomes only: no self-ratings, no direct observations recorded in"
                    + " supervision.")
    public record Profile(@Schema(example = "10000001") String workerId, @Schema(example = "R9A") String organisation,
            UUID frameworkVersionId, @Schema(example = "mh-psw/2020-10") String framework,
            @Schema(description = "The day the profile stands at the end of, when asOf asked for one; absent for now.",
                    example = "2026-03-31") LocalDate asOf,
            List<AreaProfile> areas) {

        /** The profile with more evidence, by the statement (or area rated as a whole) each piece shows. */
        Profile withEvidence(Map<String, List<EvidenceRef>> more) {
            return more.isEmpty()
                    ? this
                    : new Profile(workerId, organisation, frameworkVersionId, framework, asOf,
                            areas.stream().map(a -> a.withEvidence(more)).toList());
        }
    }

    @Schema(name = "UnitRef")
    public record UnitRef(@Schema(example = "UNIT 1.6") String code, String title,
            @Schema(description = "When the worker completed the unit, as their trust's learning system recorded"
                    + " it; absent when not completed. A completed unit does not close a goal: only a signed-off"
                    + " assessment does.") UnitCompletion completed) {

        UnitRef(String code, String title) {
            this(code, title, null);
        }

        UnitRef completedAs(Map<String, UnitCompletion> completions) {
            return completions.containsKey(code) ? new UnitRef(code, title, completions.get(code)) : this;
        }
    }

    @Schema(name = "UnitCompletion", description = "A curriculum unit the worker completed: the learning record that"
            + " says so, the day and the provider.")
    public record UnitCompletion(UUID learningRecordId, @Schema(example = "UNIT 1.6") String unitCode,
            @Schema(example = "Safeguarding") String title, @Schema(example = "2026-11-20") LocalDate completedOn,
            @Schema(example = "North Demo Recovery College") String provider) {
    }

    @Schema(name = "DevelopmentGoal",
            description = "An area the role requires at a level the worker has not attained, with the curriculum units that teach it.")
    public record Goal(@Schema(example = "2.5") String area, String areaTitle, LevelView required,
            @Schema(description = "Attained level; absent when not assessed.") LevelView attained,
            AreaLevel.Status status,
            @Schema(description = "Statements of the area below the required level or not yet assessed; empty for an"
                    + " area rated as a whole, whose own rating is below or missing.") List<String> statements,
            List<UnitRef> units) {

        Goal completedAs(Map<String, UnitCompletion> completions) {
            return new Goal(area, areaTitle, required, attained, status, statements,
                    units.stream().map(u -> u.completedAs(completions)).toList());
        }
    }

    @Schema(name = "DevelopmentPlan",
            description = "The gap between a worker's attained levels (signed-off supervisor and observation"
                    + " assessments only, never self-ratings) and a role profile, and the curriculum units to close"
                    + " it.")
    public record Plan(String workerId, UUID frameworkVersionId, @Schema(example = "senior-psw") String roleProfile,
            @Schema(description = "The day the plan stands at the end of, when asOf asked for one; absent for now.",
                    example = "2026-03-31") LocalDate asOf,
            @Schema(description = "Areas the role requires that are met.") List<String> met, List<Goal> goals,
            @Schema(description = "Every unit named by a goal, once, in curriculum order.") List<UnitRef> units,
            @Schema(description = "Every curriculum unit of the version the worker has completed, as their trust's"
                    + " learning system recorded it, in the order completed: evidence for the next assessment, not a"
                    + " met requirement (met and goals are the same as without them).") List<UnitCompletion> completedUnits) {

        /** A plan as its gaps make it, before any completed unit is shown on it. */
        Plan(String workerId, UUID frameworkVersionId, String roleProfile, LocalDate asOf, List<String> met,
                List<Goal> goals, List<UnitRef> units) {
            this(workerId, frameworkVersionId, roleProfile, asOf, met, goals, units, List.of());
        }

        /** The same plan, showing these units as completed wherever it names them. */
        Plan withCompletedUnits(List<UnitCompletion> completed) {
            Map<String, UnitCompletion> byCode = new LinkedHashMap<>();
            completed.forEach(c -> byCode.put(c.unitCode(), c));
            return new Plan(workerId, frameworkVersionId, roleProfile, asOf, met,
                    goals.stream().map(g -> g.completedAs(byCode)).toList(),
                    units.stream().map(u -> u.completedAs(byCode)).toList(), List.copyOf(completed));
        }
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

    @Schema(name = "OrganisationalAreaLevel", description = "The organisation's (or a team's) own level in an"
            + " organisational competence (domain 9), from the latest signed-off ORGANISATIONAL assessment that rated"
            + " it, by the rule that makes a worker's level in an area.")
    public record OrganisationalLevel(@Schema(example = "9.1") String area, String title, AreaLevel.Status status,
            @Schema(description = "The level; absent when not assessed.") LevelView level,
            @Schema(description = "The signed-off ORGANISATIONAL assessment whose rating stands; absent when not"
                    + " assessed.") UUID assessmentId,
            @Schema(description = "When it was signed off.") Instant assessedAt) {
    }

    @Schema(name = "TeamOrganisationalLevels", description = "A team's own levels in the organisational competences,"
            + " from signed-off ORGANISATIONAL assessments of that team.")
    public record TeamLevels(@Schema(example = "Crisis team") String team, List<OrganisationalLevel> areas) {
    }

    @Schema(name = "OrganisationSummary",
            description = "Per area, how many of the organisation's workers have met it, are developing it, or have"
                    + " not been assessed, from signed-off supervisor and observation assessments only: self-ratings"
                    + " and assessments not signed off count for nothing. Workers whose records were destroyed are"
                    + " still counted, anonymously, as they were counted when their records were destroyed. Beside"
                    + " them, the organisation's own level in each organisational competence (domain 9), and each"
                    + " assessed team's, from signed-off ORGANISATIONAL assessments.")
    public record Summary(String organisation, UUID frameworkVersionId, long workers, List<AreaSummary> areas,
            @Schema(description = "The organisation's own level in each organisational competence of the version"
                    + " (such as 9.1 and 9.2), from signed-off ORGANISATIONAL assessments of the whole"
                    + " organisation.") List<OrganisationalLevel> organisationalAreas,
            @Schema(description = "Each team with a signed-off ORGANISATIONAL assessment of it, and its own levels in"
                    + " the organisational competences, by team name.") List<TeamLevels> teams) {
    }
}
