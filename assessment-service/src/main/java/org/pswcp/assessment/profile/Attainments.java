package org.pswcp.assessment.profile;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.pswcp.assessment.Events;
import org.pswcp.assessment.assessment.Assessment;
import org.pswcp.assessment.assessment.AssessmentKind;
import org.pswcp.assessment.assessment.AssessmentRepository;
import org.pswcp.assessment.assessment.AssessmentStatus;
import org.pswcp.assessment.frameworkcopy.FrameworkCopies;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.page.Where;

import io.quarkus.panache.common.Sort;

/**
 * Attained levels: the latest signed-off SUPERVISOR and DIRECT_OBSERVATION rating of each statement (and of each area
 * rated as a whole), and the area levels they make. After a sign-off, every area whose level changed is announced as
 * CompetenceLevelChanged.
 * <p>
 * Each worker's area levels are also stored ({@link AreaAttainment}, table {@code area_attainment}), updated in every
 * sign-off's transaction for the areas it rated: the level and status that {@link AreaLevel} makes of the standing
 * ratings, exactly as a profile computes them afresh. A signed-off assessment never changes, so an area's level changes
 * only when an assessment that rates it is signed off, or when the worker's records are destroyed (the rows go with
 * them). HR's summary counts these rows ({@link #countsOf}) instead of folding every rating of the organisation.
 */
@ApplicationScoped
public class Attainments {

    private final AssessmentRepository assessments;
    private final StandingRatings ratings;
    private final FrameworkCopies copies;
    private final EntityManager em;
    private final Outbox outbox;

    Attainments(AssessmentRepository assessments, StandingRatings ratings, FrameworkCopies copies, EntityManager em,
            Outbox outbox) {
        this.assessments = assessments;
        this.ratings = ratings;
        this.copies = copies;
        this.em = em;
        this.outbox = outbox;
    }

    /**
     * The standing rating of each statement (and area rated as a whole) for one worker, from their signed-off
     * assessments.
     */
    public Map<String, LatestRating> latest(String organisation, String workerId, UUID versionId) {
        return ratings.outcomes(organisation, workerId, versionId, null);
    }

    /**
     * The signed-off assessments of these kinds, oldest first: of one worker (or the whole organisation when null), in
     * one version (or any when null).
     */
    public List<Assessment> signedOff(String organisation, String workerId, UUID versionId,
            List<AssessmentKind> kinds) {
        Where where = signedOff()
                .and("kind in (:kinds)", "kinds", kinds)
                .equal("frameworkVersionId", versionId)
                .equal("subjectWorkerId", workerId);
        return assessments.findInOrganisation(organisation, where, Sort.ascending("signedOffAt", "id")).list();
    }

    /** The framework version of the most recently signed-off assessment of the worker (or organisation, when null). */
    public Optional<UUID> lastAssessedVersion(String organisation, String workerId) {
        return lastAssessedVersion(organisation, workerId, null);
    }

    /** The same, among the assessments signed off before a moment (null: now). */
    public Optional<UUID> lastAssessedVersion(String organisation, String workerId, Instant before) {
        Where where = signedOff().equal("subjectWorkerId", workerId);
        if (before != null) {
            where = where.and("signedOffAt < :before", "before", before);
        }
        return assessments.findInOrganisation(organisation, where, Sort.descending("signedOffAt", "id"))
                .firstResultOptional().map(Assessment::frameworkVersionId);
    }

    /**
     * What HR's summary counts of the stored levels of an organisation's workers in a version: how many workers have
     * any (those with a signed-off outcome in it), and per area how many are MET and how many DEVELOPING; and how many
     * peer workers on the roster (not clinical supervisors) have none.
     */
    AttainmentCounts countsOf(String organisation, UUID versionId) {
        Map<String, long[]> areas = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select area_code, status, count(*) from area_attainment
                where organisation = :organisation and framework_version_id = :version
                group by area_code, status""")
                .setParameter("organisation", organisation).setParameter("version", versionId).getResultList();
        for (Object[] row : rows) {
            AreaLevel.Status status = AreaLevel.Status.valueOf((String) row[1]);
            areas.computeIfAbsent((String) row[0], a -> new long[3])[status.ordinal()] += ((Number) row[2])
                    .longValue();
        }
        long workers = ((Number) em.createNativeQuery("""
                select count(distinct worker_id) from area_attainment
                where organisation = :organisation and framework_version_id = :version""")
                .setParameter("organisation", organisation).setParameter("version", versionId).getSingleResult())
                .longValue();
        long rosterOnly = ((Number) em.createNativeQuery("""
                select count(*) from worker w
                where w.organisation = :organisation and w.role <> 'CLINICAL_SUPERVISOR'
                  and not exists (select from area_attainment a where a.organisation = w.organisation
                                  and a.worker_id = w.worker_id and a.framework_version_id = :version)""")
                .setParameter("organisation", organisation).setParameter("version", versionId).getSingleResult())
                .longValue();
        return new AttainmentCounts(workers, rosterOnly, areas);
    }

    /**
     * The stored levels of an organisation's workers in a version, counted: {@code workers} with a signed-off outcome,
     * {@code rosterOnly} peer workers on the roster without one, and per area the MET, DEVELOPING and NOT_ASSESSED rows
     * (by {@link AreaLevel.Status} ordinal; a worker without a row for an area has not been assessed in it).
     */
    record AttainmentCounts(long workers, long rosterOnly, Map<String, long[]> areas) {

        long[] area(String code) {
            return areas.getOrDefault(code, new long[3]);
        }
    }

    /** Forgets the levels last announced for a worker whose records are destroyed. */
    void forget(String organisation, String workerId) {
        em.createQuery("delete from AreaAttainment where organisation = :organisation and workerId = :worker")
                .setParameter("organisation", organisation).setParameter("worker", workerId).executeUpdate();
    }

    private static Where signedOff() {
        return Where.all().equal("status", AssessmentStatus.SIGNED_OFF);
    }

    /**
     * Folds signed-off assessments, oldest first, into the standing rating of each statement and of each area rated as
     * a whole.
     */
    public static Map<String, LatestRating> fold(List<Assessment> signedOffOldestFirst) {
        Map<String, LatestRating> latest = new LinkedHashMap<>();
        signedOffOldestFirst.stream().sorted(Comparator.comparing(Assessment::signedOffAt))
                .forEach(a -> a.ratings().forEach(r -> latest.put(r.code(),
                        new LatestRating(r.code(), r.value(), a.id(), a.signedOffAt()))));
        return latest;
    }

    /**
     * Announces, in the sign-off's transaction, each area of the assessed worker whose level changed. Only supervisor
     * and observation assessments make attained levels.
     */
    void afterSignOff(@Observes Assessment.SignedOff signedOff) {
        Assessment signed = signedOff.assessment();
        if (!signed.countsForAttainment()) {
            return;
        }
        FrameworkCopy version = copies.version(signed.frameworkVersionId()).orElseThrow();
        em.flush(); // the sign-off itself must be part of what is folded
        // One sign-off of the worker's at a time: two at once would each fold the ratings without the other's (neither
        // committed yet), and the one committed last would store levels that miss the other's ratings. Once the lock is
        // held, the other's sign-off is committed, and the fold below sees it.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "area_attainment/" + signed.organisation() + "/" + signed.subjectWorkerId())
                .getSingleResult();
        Map<String, LatestRating> latest = latest(signed.organisation(), signed.subjectWorkerId(),
                signed.frameworkVersionId());
        Instant now = Instant.now();
        for (FrameworkCopy.AreaRef area : version.areas()) {
            boolean touched = signed.ratings().stream()
                    .anyMatch(r -> version.areaOfRated(r.code()).filter(a -> a.code().equals(area.code()))
                            .isPresent());
            if (!touched) {
                continue;
            }
            AreaAttainment.Key key = new AreaAttainment.Key(signed.organisation(), signed.subjectWorkerId(),
                    signed.frameworkVersionId(), area.code());
            AreaAttainment stored = em.find(AreaAttainment.class, key);
            if (stored == null) {
                stored = new AreaAttainment(key, now);
                em.persist(stored);
            }
            Integer before = stored.levelValue;
            String statusBefore = stored.status;
            AreaLevel level = AreaLevel.of(area, latest, version);
            if (stored.change(level, now)) {
                outbox.record(OutgoingEvent.of(Events.ASSESSMENT_TOPIC, Events.COMPETENCE_LEVEL_CHANGED,
                        signed.subjectWorkerId(), "workers/" + signed.subjectWorkerId() + "/competence-profile",
                        new CompetenceLevelChanged(signed.subjectWorkerId(), signed.frameworkVersionId(),
                                area.code(), before, statusBefore, level.value(), level.status().name(),
                                signed.id(), now))
                        .organisation(signed.organisation())
                        .dataref("/v1/workers/" + signed.subjectWorkerId() + "/competence-profile"));
            }
        }
    }
}
