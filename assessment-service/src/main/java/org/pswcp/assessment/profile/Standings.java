package org.pswcp.assessment.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy.AreaRef;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy.Content.Level;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy.Content.RoleProfile;
import org.pswcp.assessment.profile.ProfileViews.AreaProfile;
import org.pswcp.assessment.profile.ProfileViews.AreaSummary;
import org.pswcp.assessment.profile.ProfileViews.Attained;
import org.pswcp.assessment.profile.ProfileViews.EvidenceRef;
import org.pswcp.assessment.profile.ProfileViews.Goal;
import org.pswcp.assessment.profile.ProfileViews.LevelView;
import org.pswcp.assessment.profile.ProfileViews.Plan;
import org.pswcp.assessment.profile.ProfileViews.Profile;
import org.pswcp.assessment.profile.ProfileViews.SelfRatingView;
import org.pswcp.assessment.profile.ProfileViews.StatementProfile;
import org.pswcp.assessment.profile.ProfileViews.Summary;
import org.pswcp.assessment.profile.ProfileViews.UnitRef;
import org.pswcp.assessment.workforce.Observation;
import org.pswcp.assessment.workforce.Workforce;

/**
 * What a worker's assessments and observations make: their competence profile and development plan, and the
 * organisation's summary. Computed here, decided elsewhere: {@link ProfileService} decides who sees which, and how
 * much. Organisational competences (domain 9) are not part of a worker's profile: the organisation's own levels in them
 * are ({@link OrganisationalLevels}).
 */
@ApplicationScoped
class Standings {

    private final StandingRatings ratings;
    private final Workforce workforce;
    private final DestroyedCounts destroyedCounts;
    private final OrganisationalLevels organisationalLevels;
    private final Attainments attainments;

    Standings(StandingRatings ratings, Workforce workforce, DestroyedCounts destroyedCounts,
            OrganisationalLevels organisationalLevels, Attainments attainments) {
        this.attainments = attainments;
        this.ratings = ratings;
        this.workforce = workforce;
        this.destroyedCounts = destroyedCounts;
        this.organisationalLevels = organisationalLevels;
    }

    /**
     * The worker's profile against the version, as it stood at the end of {@code asOf} (null: now); {@code beside} adds
     * what the worker and their supervisors see beside the signed-off outcomes: self-ratings and the observations
     * recorded in supervision.
     */
    Profile profile(String organisation, String workerId, FrameworkCopy version, boolean beside, AsOf asOf) {
        Map<String, LatestRating> latest = ratings.outcomes(organisation, workerId, version.versionId(),
                asOf.before());
        Map<String, LatestRating> self = beside
                ? ratings.selfRatings(organisation, workerId, version.versionId(), asOf.before())
                : Map.of();
        Map<String, List<EvidenceRef>> evidence = evidence(organisation, workerId, version, beside, asOf);
        List<AreaProfile> areas = new ArrayList<>();
        for (AreaRef area : individualAreas(version)) {
            AreaLevel level = AreaLevel.of(area, latest, version);
            String whole = area.ratedAsWhole() ? area.code() : null;
            List<StatementProfile> statements = area.rateableStatements().stream()
                    .map(code -> new StatementProfile(code, version.statement(code).orElseThrow().text(),
                            attained(version, latest.get(code)),
                            Optional.ofNullable(self.get(code)).map(r -> selfRating(version, r)).orElse(null),
                            evidence.getOrDefault(code, List.of())))
                    .toList();
            Instant last = area.ratedCodes().stream().map(latest::get).filter(Objects::nonNull)
                    .map(LatestRating::assessedAt).max(Comparator.naturalOrder()).orElse(null);
            areas.add(new AreaProfile(area.code(), area.title(), area.domainCode(), level.status(),
                    level.value() == null ? null : level(version, level.value()), last, statements, whole != null,
                    whole == null ? null : attained(version, latest.get(whole)),
                    whole == null || self.get(whole) == null ? null : selfRating(version, self.get(whole)),
                    whole == null ? null : evidence.getOrDefault(whole, List.of())));
        }
        return new Profile(workerId, organisation, version.versionId(), version.label(), asOf.day(), areas);
    }

    /**
     * The gap between the worker's attained levels, as they stood at the end of {@code asOf}, and the role profile, and
     * the units that close it.
     */
    Plan plan(String organisation, String workerId, FrameworkCopy version, RoleProfile role, AsOf asOf) {
        Map<String, LatestRating> latest = ratings.outcomes(organisation, workerId, version.versionId(),
                asOf.before());
        List<String> met = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        Map<String, UnitRef> units = new LinkedHashMap<>();
        for (var requirement : role.requirements()) {
            Optional<AreaRef> area = version.area(requirement.area());
            Optional<Level> required = version.level(requirement.level());
            if (area.isEmpty() || required.isEmpty()) {
                continue; // a requirement the version cannot assess
            }
            List<String> below = area.get().ratedCodes().stream()
                    .filter(s -> latest.get(s) == null || latest.get(s).value() < required.get().value()).toList();
            if (below.isEmpty()) {
                met.add(area.get().code());
                continue;
            }
            AreaLevel level = AreaLevel.of(area.get(), latest, version);
            List<UnitRef> areaUnits = version.unitsOf(area.get().code()).stream()
                    .map(u -> new UnitRef(u.code(), u.title())).toList();
            areaUnits.forEach(u -> units.putIfAbsent(u.code(), u));
            goals.add(new Goal(area.get().code(), area.get().title(), view(required.get()),
                    level.value() == null ? null : level(version, level.value()), level.status(),
                    area.get().ratedAsWhole() ? List.of() : below, areaUnits));
        }
        return new Plan(workerId, version.versionId(), role.code(), asOf.day(), met, goals,
                List.copyOf(units.values()));
    }

    /**
     * For HR: per area, how many workers have met it, are developing it, or have not been assessed: the workers on the
     * roster and those with signed-off outcomes in the version, and the anonymous counts of workers whose records were
     * destroyed. Counted from the stored area levels ({@link Attainments#countsOf}), which hold what {@link AreaLevel}
     * makes of each worker's standing outcome ratings: a few rows per worker and area, not every rating of the trust.
     */
    Summary summary(String organisation, FrameworkCopy version) {
        List<AreaRef> areas = individualAreas(version);
        DestroyedCounts.Tally destroyed = destroyedCounts.of(organisation, version.versionId());
        Attainments.AttainmentCounts held = attainments.countsOf(organisation, version.versionId());
        int met = AreaLevel.Status.MET.ordinal();
        int developing = AreaLevel.Status.DEVELOPING.ordinal();
        int notAssessed = AreaLevel.Status.NOT_ASSESSED.ordinal();
        List<AreaSummary> summaries = new ArrayList<>();
        for (AreaRef area : areas) {
            long[] gone = destroyed.area(area.code());
            long[] stored = held.area(area.code());
            // An assessed worker without a MET or DEVELOPING row for the area has not been assessed in it; nor has
            // anyone on the roster without an outcome.
            long unassessed = held.workers() - stored[met] - stored[developing] + held.rosterOnly();
            summaries.add(new AreaSummary(area.code(), area.title(), gone[met] + stored[met],
                    gone[developing] + stored[developing], gone[notAssessed] + unassessed));
        }
        OrganisationalLevels.Levels own = organisationalLevels.of(organisation, version);
        return new Summary(organisation, version.versionId(), held.workers() + held.rosterOnly() + destroyed.workers(),
                summaries, own.organisation(), own.teams());
    }

    /**
     * The worker's part in HR's summary of the version, as {@link #summary} counts it: their status in each area, or
     * empty when the summary does not count them (neither on the roster as a peer worker nor with a signed-off outcome
     * in the version).
     */
    Optional<Map<String, AreaLevel.Status>> partInSummary(String organisation, String workerId,
            FrameworkCopy version) {
        Map<String, LatestRating> latest = ratings.outcomes(organisation, workerId, version.versionId(), null);
        if (latest.isEmpty() && !workforce.isPeerWorkerOf(organisation, workerId)) {
            return Optional.empty();
        }
        return Optional.of(statuses(version, latest));
    }

    /** The status in each individual area that a worker's standing outcome ratings make. */
    private static Map<String, AreaLevel.Status> statuses(FrameworkCopy version, Map<String, LatestRating> latest) {
        Map<String, AreaLevel.Status> statuses = new LinkedHashMap<>();
        individualAreas(version).forEach(area -> statuses.put(area.code(),
                AreaLevel.of(area, latest, version).status()));
        return statuses;
    }

    /**
     * The evidence of signed-off assessments and, {@code beside} them (never for HR), the direct observations recorded
     * in supervision: one supervisor's record that no one signed off, so not an outcome (it becomes one as a
     * DIRECT_OBSERVATION assessment that another supervisor signs off).
     */
    private Map<String, List<EvidenceRef>> evidence(String organisation, String workerId, FrameworkCopy version,
            boolean beside, AsOf asOf) {
        Map<String, List<EvidenceRef>> byStatement = ratings.evidence(organisation, workerId, version.versionId(),
                asOf.before());
        if (!beside) {
            return byStatement;
        }
        for (Observation o : workforce.observationsOf(organisation, workerId, version.versionId())) {
            if (asOf.day() != null && o.observedOn() != null && o.observedOn().isAfter(asOf.day())) {
                continue;
            }
            for (String code : o.statementCodes()) {
                byStatement.computeIfAbsent(code, c -> new ArrayList<>()).add(new EvidenceRef("OBSERVATION",
                        o.observationId(), "Direct observation in supervision (" + o.level() + ")", "OBSERVATION",
                        o.observedOn(), null));
            }
        }
        return byStatement;
    }

    private static Attained attained(FrameworkCopy version, LatestRating rating) {
        return rating == null
                ? null
                : new Attained(level(version, rating.value()), rating.assessmentId(),
                        rating.assessedAt());
    }

    private static SelfRatingView selfRating(FrameworkCopy version, LatestRating rating) {
        return new SelfRatingView(level(version, rating.value()), rating.assessmentId(), rating.assessedAt());
    }

    private static List<AreaRef> individualAreas(FrameworkCopy version) {
        return version.areas().stream().filter(a -> !"ORGANISATIONAL".equals(a.domainKind())).toList();
    }

    static LevelView level(FrameworkCopy version, int value) {
        return version.level(value).map(Standings::view)
                .orElse(new LevelView(value, String.valueOf(value), String.valueOf(value), false));
    }

    private static LevelView view(Level level) {
        return new LevelView(level.value(), level.code(), level.label(), level.met());
    }
}
