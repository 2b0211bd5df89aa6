package org.pswcp.assessment.profile;

import java.time.Instant;
import java.util.Comparator;
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
