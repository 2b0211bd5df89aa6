package org.pswcp.assessment.profile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.pswcp.assessment.frameworkcopy.FrameworkCopies;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy.Content.RoleProfile;
import org.pswcp.assessment.profile.ProfileViews.Plan;
import org.pswcp.assessment.profile.ProfileViews.Profile;
import org.pswcp.assessment.profile.ProfileViews.SubjectCompetence;
import org.pswcp.assessment.profile.ProfileViews.Summary;
import org.pswcp.assessment.workforce.Workforce;
import org.pswcp.kit.problem.InvalidInputException;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;
import org.pswcp.kit.time.Today;

/**
 * Competence profiles, development plans and the organisation summary, computed ({@link Standings}) from signed-off
 * assessments and direct observations, with the curriculum units the worker completed shown on them
 * ({@link LearningShown}), and who sees which. HR sees signed-off outcomes only: what the worker and their supervisors
 * see beside them (self-ratings, observations recorded in supervision) and anything derived from what is not signed off
 * never reaches HR, except in the worker's own subject access export, which HR may produce for them.
 */
@ApplicationScoped
public class ProfileService {

    private static final Map<String, String> ROLE_PROFILES = Map.of("PSW", "psw", "SENIOR_PSW", "senior-psw",
            "PEER_COORDINATOR", "peer-coordinator", "PSW_SPECIALIST", "psw-specialist");

    private final Standings standings;
    private final LearningShown learning;
    private final Attainments attainments;
    private final DestroyedCounts destroyedCounts;
    private final FrameworkCopies copies;
    private final Workforce workforce;
    private final Caller caller;
    private final Today today;

    ProfileService(Standings standings, LearningShown learning, Attainments attainments,
            DestroyedCounts destroyedCounts, FrameworkCopies copies, Workforce workforce, Caller caller, Today today) {
        this.today = today;
        this.standings = standings;
        this.learning = learning;
        this.attainments = attainments;
        this.destroyedCounts = destroyedCounts;
        this.copies = copies;
        this.workforce = workforce;
        this.caller = caller;
    }

    /**
     * The worker's profile. The worker and their supervisors see the latest self-rating and the observations recorded
     * in supervision beside the attained levels; HR sees the signed-off outcomes only.
     */
    @Transactional
    public Profile profile(String workerId, UUID versionId, LocalDate asOfDay) {
        Sight sight = requireVisible(workerId);
        AsOf asOf = asOf(asOfDay);
        FrameworkCopy version = version(versionId, workerId, asOf);
        return learning.on(standings.profile(caller.organisation(), workerId, version, sight == Sight.ALL, asOf),
                version, asOf);
    }

    /**
     * The gap against a role profile (the worker's own role when none is named) and the units that close it, as it
     * stood at the end of {@code asOfDay} (null: now).
     */
    @Transactional
    public Plan plan(String workerId, String roleProfileCode, UUID versionId, LocalDate asOfDay) {
        requireVisible(workerId);
        AsOf asOf = asOf(asOfDay);
        FrameworkCopy version = version(versionId, workerId, asOf);
        String code = Optional.ofNullable(roleProfileCode).or(() -> roleProfileOf(workerId))
                .orElseThrow(() -> new InvalidInputException("roleProfile",
                        "is required: this worker's role is not known to this service yet"));
        RoleProfile role = version.roleProfile(code).orElseThrow(() -> new InvalidInputException("roleProfile",
                "is not a role profile of " + version.label()));
        return learning.on(standings.plan(caller.organisation(), workerId, version, role, asOf), caller.organisation(),
                version, asOf);
    }

    /**
     * The worker's profile against each of these versions, as the worker sees it (their self-ratings and the
     * observations recorded in supervision beside the signed-off outcomes), and their plan for their own role where the
     * version has its role profile: whoever asks, for the worker's subject access export, which decides who may. HR
     * producing it on the worker's behalf ({@code signedOffOnly}) gets the signed-off outcomes only, as in every HR
     * view.
     */
    @Transactional
    public List<SubjectCompetence> ofSubject(String workerId, Collection<UUID> versionIds, boolean signedOffOnly) {
        String organisation = caller.organisation();
        Optional<String> role = roleProfileOf(workerId);
        return versionIds.stream().map(copies::version).flatMap(Optional::stream)
                .map(version -> new SubjectCompetence(version.versionId(), version.label(),
                        learning.on(standings.profile(organisation, workerId, version, !signedOffOnly, AsOf.NOW),
                                version, AsOf.NOW),
                        role.flatMap(version::roleProfile)
                                .map(r -> learning.on(standings.plan(organisation, workerId, version, r, AsOf.NOW),
                                        organisation, version, AsOf.NOW))
                                .orElse(null)))
                .toList();
    }

    /** For HR: per area, how many workers have met it, are developing it, or have not been assessed. */
    @Transactional
    public Summary summary(UUID versionId) {
        return standings.summary(caller.organisation(), version(versionId, null, AsOf.NOW));
    }

    /**
     * Before a worker's records are destroyed: folds their part in HR's summary of every version into the anonymous
     * counts of destroyed workers, so that its totals stay as they were, and forgets the levels last announced for
     * them. Must run while their roster record and assessments are still there; a worker already forgotten adds
     * nothing.
     *
     * @return in how many versions' summaries the worker was counted
     */
    @Transactional(TxType.MANDATORY)
    public int foldIntoAnonymousCounts(String organisation, String workerId) {
        int versions = 0;
        for (FrameworkCopy version : copies.all()) {
            var part = standings.partInSummary(organisation, workerId, version);
            if (part.isPresent()) {
                destroyedCounts.add(organisation, version.versionId(), part.get());
                versions++;
            }
        }
        attainments.forget(organisation, workerId);
        return versions;
    }

    /** The role profile of the worker's role on the roster, when the roster has announced it and it has one. */
    private Optional<String> roleProfileOf(String workerId) {
        return workforce.worker(caller.organisation(), workerId).map(w -> ROLE_PROFILES.get(w.role()));
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

    /** The end of the day asked for, which must not be after today in the organisation's calendar. */
    private AsOf asOf(LocalDate day) {
        if (day == null) {
            return AsOf.NOW;
        }
        if (day.isAfter(today.date())) {
            throw new InvalidInputException("asOf", "is after today: a profile can be read as it stood, not as it"
                    + " will stand");
        }
        return new AsOf(day, today.endOf(day));
    }

    /**
     * The version asked for; else the one the worker (or, without a worker, the organisation) was last assessed against
     * by then; else the newest published one.
     */
    private FrameworkCopy version(UUID versionId, String workerId, AsOf asOf) {
        UUID id = versionId != null
                ? versionId
                : attainments.lastAssessedVersion(caller.organisation(), workerId, asOf.before())
                        .or(copies::newestWithContent)
                        .orElseThrow(() -> new InvalidInputException("frameworkVersionId",
                                "is required: no framework version with content has been published yet"));
        return copies.version(id).orElseThrow(() -> new InvalidInputException("frameworkVersionId",
                "is not a published framework version known to this service"));
    }
}
