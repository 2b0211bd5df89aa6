package org.pswcp.assessment.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.assessment.assessment.Assessment;
import org.pswcp.assessment.assessment.AssessmentKind;
import org.pswcp.assessment.frameworkcopy.FrameworkCopies;
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
import org.pswcp.kit.problem.InvalidInputException;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

/**
 * Competence profiles, development plans and the organisation summary, computed from signed-off assessments and direct
 * observations. Organisational competences (domain 9) are not part of a worker's profile. HR sees signed-off outcomes
 * only: what the worker and their supervisors see beside them (self-ratings, observations recorded in supervision) and
 * anything derived from what is not signed off never reaches HR.
 */
@ApplicationScoped
public class ProfileService {

    private static final Map<String, String> ROLE_PROFILES = Map.of("PSW", "psw", "SENIOR_PSW", "senior-psw",
            "PEER_COORDINATOR", "peer-coordinator", "PSW_SPECIALIST", "psw-specialist");

    private final Attainments attainments;
    private final FrameworkCopies copies;
    private final Workforce workforce;
    private final Caller caller;

    ProfileService(Attainments attainments, FrameworkCopies copies, Workforce workforce,
            Caller caller) {
        this.attainments = attainments;
        this.copies = copies;
        this.workforce = workforce;
        this.caller = caller;
    }

    /**
     * The worker's profile. The worker and their supervisors see the latest self-rating and the observations recorded
     * in supervision beside the attained levels; HR sees the signed-off outcomes only.
     */
    @Transactional
    public Profile profile(String workerId, UUID versionId) {
        Sight sight = requireVisible(workerId);
        FrameworkCopy version = version(versionId, workerId);
        String organisation = caller.organisation();
        Map<String, LatestRating> latest = attainments.latest(organisation, workerId, version.versionId());
        Map<String, LatestRating> self = sight == Sight.SIGNED_OFF_OUTCOMES
                ? Map.of()
                : attainments.selfRatings(organisation, workerId, version.versionId());
        Map<String, List<EvidenceRef>> evidence = evidence(organisation, workerId, version, sight);
        List<AreaProfile> areas = new ArrayList<>();
        for (AreaRef area : individualAreas(version)) {
            AreaLevel level = AreaLevel.of(area, latest, version);
            List<StatementProfile> statements = area.rateableStatements().stream()
                    .map(code -> new StatementProfile(code, version.statement(code).orElseThrow().text(),
                            Optional.ofNullable(latest.get(code)).map(r -> new Attained(level(version, r.value()),
                                    r.assessmentId(), r.assessedAt())).orElse(null),
                            Optional.ofNullable(self.get(code)).map(r -> new SelfRatingView(level(version, r.value()),
                                    r.assessmentId(), r.assessedAt())).orElse(null),
                            evidence.getOrDefault(code, List.of())))
                    .toList();
            Instant last = area.rateableStatements().stream().map(latest::get).filter(Objects::nonNull)
                    .map(LatestRating::assessedAt).max(Comparator.naturalOrder()).orElse(null);
            areas.add(new AreaProfile(area.code(), area.title(), area.domainCode(), level.status(),
                    level.value() == null ? null : level(version, level.value()), last, statements));
        }
        return new Profile(workerId, organisation, version.versionId(), version.label(), areas);
    }

    /** The gap against a role profile (the worker's own role when none is named) and the units that close it. */
    @Transactional
    public Plan plan(String workerId, String roleProfileCode, UUID versionId) {
        requireVisible(workerId);
        FrameworkCopy version = version(versionId, workerId);
        String code = roleProfileCode != null
                ? roleProfileCode
                : workforce.worker(caller.organisation(), workerId).map(w -> ROLE_PROFILES.get(w.role()))
                        .orElseThrow(() -> new InvalidInputException("roleProfile",
                                "is required: this worker's role is not known to this service yet"));
        RoleProfile role = version.roleProfile(code).orElseThrow(() -> new InvalidInputException("roleProfile",
                "is not a role profile of " + version.label()));
        Map<String, LatestRating> latest = attainments.latest(caller.organisation(), workerId, version.versionId());
        List<String> met = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        Map<String, UnitRef> units = new LinkedHashMap<>();
        for (var requirement : role.requirements()) {
            Optional<AreaRef> area = version.area(requirement.area());
            Optional<Level> required = version.level(requirement.level());
            if (area.isEmpty() || required.isEmpty() || area.get().rateableStatements().isEmpty()) {
                continue; // nothing a worker can be rated on: the area is not assessable yet
            }
            List<String> below = area.get().rateableStatements().stream()
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
                    level.value() == null ? null : level(version, level.value()), level.status(), below, areaUnits));
        }
        return new Plan(workerId, version.versionId(), role.code(), met, goals, List.copyOf(units.values()));
    }

    /** For HR: per area, how many workers have met it, are developing it, or have not been assessed. */
    @Transactional
    public Summary summary(UUID versionId) {
        FrameworkCopy version = version(versionId, null);
        String organisation = caller.organisation();
        List<Assessment> signed = attainments.signedOff(organisation, null, version.versionId(),
                List.of(AssessmentKind.SUPERVISOR, AssessmentKind.DIRECT_OBSERVATION));
        Map<String, List<Assessment>> byWorker = new HashMap<>();
        signed.forEach(a -> byWorker.computeIfAbsent(a.subjectWorkerId(), w -> new ArrayList<>()).add(a));
        Set<String> workers = new LinkedHashSet<>(workforce.workersOf(organisation));
        workers.addAll(byWorker.keySet());
        List<AreaRef> areas = individualAreas(version);
        Map<String, long[]> counts = new LinkedHashMap<>();
        areas.forEach(a -> counts.put(a.code(), new long[3]));
        for (String worker : workers) {
            Map<String, LatestRating> latest = Attainments.fold(byWorker.getOrDefault(worker, List.of()));
            for (AreaRef area : areas) {
                counts.get(area.code())[AreaLevel.of(area, latest, version).status().ordinal()]++;
            }
        }
        return new Summary(organisation, version.versionId(), workers.size(), areas.stream()
                .map(a -> new AreaSummary(a.code(), a.title(), counts.get(a.code())[0], counts.get(a.code())[1],
                        counts.get(a.code())[2]))
                .toList());
    }

    /**
     * The evidence of signed-off assessments and, except for HR, the direct observations recorded in supervision: one
     * supervisor's record that no one signed off, so not an outcome (it becomes one as a DIRECT_OBSERVATION assessment
     * that another supervisor signs off).
     */
    private Map<String, List<EvidenceRef>> evidence(String organisation, String workerId, FrameworkCopy version,
            Sight sight) {
        Map<String, List<EvidenceRef>> byStatement = new HashMap<>();
        List<Assessment> signed = attainments.signedOff(organisation, workerId, version.versionId(),
                List.of(AssessmentKind.values()));
        for (Assessment a : signed) {
            for (var e : a.evidence()) {
                for (String code : e.statementCodes()) {
                    byStatement.computeIfAbsent(code, c -> new ArrayList<>()).add(new EvidenceRef("ASSESSMENT",
                            e.id(), e.title(), e.kind().name(), e.occurredOn(), e.link()));
                }
            }
        }
        if (sight == Sight.SIGNED_OFF_OUTCOMES) {
            return byStatement;
        }
        for (Observation o : workforce.observationsOf(organisation, workerId, version.versionId())) {
            for (String code : o.statementCodes()) {
                byStatement.computeIfAbsent(code, c -> new ArrayList<>()).add(new EvidenceRef("OBSERVATION",
                        o.observationId(), "Direct observation in supervision (" + o.level() + ")", "OBSERVATION",
                        o.observedOn(), null));
            }
        }
        return byStatement;
    }

    /** How much of a worker's profile and plan the caller sees. */
    private enum Sight {
        /** The worker and their supervisors: the signed-off outcomes and, beside them, what is not signed off. */
        ALL,
        /** HR: signed-off outcomes only. */
        SIGNED_OFF_OUTCOMES
    }

    /**
     * Only the worker, a supervisor of theirs under an active agreement, and their organisation's HR see a worker's
     * profile; for HR the worker must be one of the organisation's (on its roster, or assessed in it). Someone who is
     * both HR and the worker or their supervisor sees what the worker or supervisor sees.
     */
    private Sight requireVisible(String workerId) {
        String organisation = caller.organisation();
        String me = caller.workerId().orElse(null);
        boolean self = workerId.equals(me) && caller.hasRole(Roles.PSW);
        boolean supervisor = me != null && caller.hasRole(Roles.SUPERVISOR)
                && workforce.supervises(organisation, me, workerId);
        boolean hr = caller.hasRole(Roles.HR) && (workforce.worker(organisation, workerId).isPresent()
                || attainments.lastAssessedVersion(organisation, workerId).isPresent());
        if (!self && !supervisor && !hr) {
            throw new ResourceNotFoundException("competence profile of worker", workerId);
        }
        return self || supervisor ? Sight.ALL : Sight.SIGNED_OFF_OUTCOMES;
    }

    /**
     * The version asked for; else the one the worker (or, without a worker, the organisation) was last assessed
     * against; else the newest published one.
     */
    private FrameworkCopy version(UUID versionId, String workerId) {
        UUID id = versionId != null
                ? versionId
                : attainments.lastAssessedVersion(caller.organisation(), workerId)
                        .or(copies::newestWithContent)
                        .orElseThrow(() -> new InvalidInputException("frameworkVersionId",
                                "is required: no framework version with content has been published yet"));
        return copies.version(id).orElseThrow(() -> new InvalidInputException("frameworkVersionId",
                "is not a published framework version known to this service"));
    }

    private static List<AreaRef> individualAreas(FrameworkCopy version) {
        return version.areas().stream().filter(a -> !"ORGANISATIONAL".equals(a.domainKind())).toList();
    }

    private static LevelView level(FrameworkCopy version, int value) {
        return version.level(value).map(ProfileService::view)
                .orElse(new LevelView(value, String.valueOf(value), String.valueOf(value), false));
    }

    private static LevelView view(Level level) {
        return new LevelView(level.value(), level.code(), level.label(), level.met());
    }
}
