package org.pswcp.assessment.profile;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.pswcp.assessment.assessment.Assessment;
import org.pswcp.assessment.assessment.AssessmentEvents;
import org.pswcp.assessment.assessment.AssessmentEvents.CompetenceLevelChanged;
import org.pswcp.assessment.assessment.AssessmentKind;
import org.pswcp.assessment.assessment.AssessmentRepository;
import org.pswcp.assessment.assessment.AssessmentStatus;
import org.pswcp.assessment.assessment.Rating;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.assessment.frameworkcopy.VersionFramework;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;

import io.quarkus.panache.common.Sort;

/**
 * Attained levels: the latest signed-off SUPERVISOR and DIRECT_OBSERVATION rating of each statement, and the area
 * levels they make. After a sign-off, every area whose level changed is announced as CompetenceLevelChanged.
 */
@ApplicationScoped
public class Attainments {

    private final AssessmentRepository assessments;
    private final FrameworkCopy frameworks;
    private final EntityManager em;
    private final Outbox outbox;

    Attainments(AssessmentRepository assessments, FrameworkCopy frameworks, EntityManager em, Outbox outbox) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.em = em;
        this.outbox = outbox;
    }

    /** The standing rating of each statement for one worker, from their signed-off assessments. */
    public Map<String, LatestRating> latest(String organisation, String workerId, UUID versionId) {
        return fold(signedOff(organisation, workerId, versionId, List.of(AssessmentKind.SUPERVISOR,
                AssessmentKind.DIRECT_OBSERVATION)));
    }

    /**
     * The latest self-rating of each statement from submitted or signed-off SELF assessments: shown, never mixed in.
     */
    public Map<String, LatestRating> selfRatings(String organisation, String workerId, UUID versionId) {
        List<Assessment> selves = assessments.findInOrganisation(organisation,
                "subjectWorkerId = :worker and frameworkVersionId = :version and kind = :kind"
                        + " and status in (:statuses)",
                Map.of("worker", workerId, "version", versionId, "kind", AssessmentKind.SELF, "statuses",
                        List.of(AssessmentStatus.SUBMITTED, AssessmentStatus.SIGNED_OFF)),
                Sort.ascending("submittedAt", "id")).list();
        Map<String, LatestRating> latest = new LinkedHashMap<>();
        for (Assessment a : selves) {
            for (Rating r : a.ratings()) {
                latest.put(r.statementCode(), new LatestRating(r.statementCode(), r.value(), a.id(),
                        a.submittedAt()));
            }
        }
        return latest;
    }

    /**
     * The signed-off assessments of these kinds, oldest first: of one worker (or the whole organisation when null), in
     * one version (or any when null).
     */
    public List<Assessment> signedOff(String organisation, String workerId, UUID versionId,
            List<AssessmentKind> kinds) {
        String where = "status = :signedOff and kind in (:kinds)"
                + (versionId == null ? "" : " and frameworkVersionId = :version")
                + (workerId == null ? "" : " and subjectWorkerId = :worker");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("signedOff", AssessmentStatus.SIGNED_OFF,
                "kinds", kinds));
        if (versionId != null) {
            parameters.put("version", versionId);
        }
        if (workerId != null) {
            parameters.put("worker", workerId);
        }
        return assessments.findInOrganisation(organisation, where, parameters, Sort.ascending("signedOffAt", "id"))
                .list();
    }

    /** The framework version of the most recently signed-off assessment of the worker (or organisation, when null). */
    public java.util.Optional<UUID> lastAssessedVersion(String organisation, String workerId) {
        String where = "status = :signedOff" + (workerId == null ? "" : " and subjectWorkerId = :worker");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("signedOff", AssessmentStatus.SIGNED_OFF));
        if (workerId != null) {
            parameters.put("worker", workerId);
        }
        return assessments.findInOrganisation(organisation, where, parameters, Sort.descending("signedOffAt", "id"))
                .firstResultOptional().map(Assessment::frameworkVersionId);
    }

    /** Folds signed-off assessments, oldest first, into the standing rating of each statement. */
    public static Map<String, LatestRating> fold(List<Assessment> signedOffOldestFirst) {
        Map<String, LatestRating> latest = new LinkedHashMap<>();
        signedOffOldestFirst.stream().sorted(Comparator.comparing(Assessment::signedOffAt))
                .forEach(a -> a.ratings().forEach(r -> latest.put(r.statementCode(),
                        new LatestRating(r.statementCode(), r.value(), a.id(), a.signedOffAt()))));
        return latest;
    }

    /** Announces, in the sign-off's transaction, each area of the assessed worker whose level changed. */
    public void afterSignOff(Assessment signed) {
        VersionFramework version = frameworks.version(signed.frameworkVersionId()).orElseThrow();
        em.flush(); // the sign-off itself must be part of what is folded
        Map<String, LatestRating> latest = latest(signed.organisation(), signed.subjectWorkerId(),
                signed.frameworkVersionId());
        Instant now = Instant.now();
        for (VersionFramework.AreaRef area : version.areas()) {
            boolean touched = signed.ratings().stream()
                    .anyMatch(r -> version.statement(r.statementCode()).map(s -> s.areaCode().equals(area.code()))
                            .orElse(false));
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
                outbox.record(OutgoingEvent.of(AssessmentEvents.TOPIC, CompetenceLevelChanged.TYPE,
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
