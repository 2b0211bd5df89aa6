package org.pswcp.assessment.profile;

import static org.pswcp.kit.time.SqlTimes.day;
import static org.pswcp.kit.time.SqlTimes.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.pswcp.assessment.profile.ProfileViews.EvidenceRef;

/**
 * The ratings and evidence that profiles and plans stand on, read by the database in one query each, as they stood at a
 * moment ({@code before}; null for now). A worker's read costs what that worker's own history holds: every query starts
 * from the index on (organisation, subject worker), and the database, not the service, picks the latest rating of each
 * statement. Loading whole assessments with their ratings and evidence, one collection at a time, made a profile cost
 * hundreds of queries for a worker with a long history.
 * <p>
 * The latest rating of a statement (or of an area rated as a whole) is the one of the assessment signed off last, the
 * greater id breaking a tie, as {@link Attainments#fold} folds them; a self-rating's, of the SELF assessment submitted
 * last.
 */
@ApplicationScoped
class StandingRatings {

    /** Signed-off SUPERVISOR and DIRECT_OBSERVATION assessments: their ratings are the outcomes. */
    private static final String OUTCOMES = "a.status = 'SIGNED_OFF' and a.kind in ('SUPERVISOR', 'DIRECT_OBSERVATION')";

    /** {@code before} when the ratings as they stand now are asked for: later than anything recorded. */
    private static final Instant NOW = Instant.parse("9999-01-01T00:00:00Z");

    private final EntityManager em;

    StandingRatings(EntityManager em) {
        this.em = em;
    }

    /** The standing outcome rating of each statement and area rated as a whole, for one worker. */
    Map<String, LatestRating> outcomes(String organisation, String workerId, UUID versionId, Instant before) {
        return latestOfWorker(OUTCOMES, "signed_off_at", organisation, workerId, versionId, before);
    }

    /** The latest self-rating of each statement, from submitted or signed-off SELF assessments, for one worker. */
    Map<String, LatestRating> selfRatings(String organisation, String workerId, UUID versionId, Instant before) {
        return latestOfWorker("a.kind = 'SELF' and a.status in ('SUBMITTED', 'SIGNED_OFF')", "submitted_at",
                organisation, workerId, versionId, before);
    }

    /**
     * The latest rating of each statement and area rated as a whole, for one worker, among the assessments that meet
     * {@code which} (a constant condition), the latest by their {@code at} column, before {@code before}.
     */
    private Map<String, LatestRating> latestOfWorker(String which, String at, String organisation, String workerId,
            UUID versionId, Instant before) {
        return latest(query("""
                select distinct on (coalesce(r.statement_code, r.area_code))
                       coalesce(r.statement_code, r.area_code), r.value, a.id, a.%2$s
                from assessment a join rating r on r.assessment_id = a.id
                where a.organisation = :organisation and a.subject_worker_id = :worker
                  and a.framework_version_id = :version and %1$s and a.%2$s < :before
                order by coalesce(r.statement_code, r.area_code), a.%2$s desc, a.id desc"""
                .formatted(which, at), organisation, versionId, before).setParameter("worker", workerId));
    }

    /**
     * The evidence of the worker's signed-off assessments of every kind, by the statements and areas it shows, in the
     * order the assessments were signed off and the evidence added.
     */
    Map<String, List<EvidenceRef>> evidence(String organisation, String workerId, UUID versionId, Instant before) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                select shown.code, e.id, e.title, e.kind, e.occurred_on, e.link
                from assessment a
                join evidence e on e.assessment_id = a.id
                join (select evidence_id, statement_code as code from evidence_statement
                      union all select evidence_id, area_code from evidence_area) shown on shown.evidence_id = e.id
                where a.organisation = :organisation and a.subject_worker_id = :worker
                  and a.framework_version_id = :version and a.status = 'SIGNED_OFF' and a.signed_off_at < :before
                order by a.signed_off_at, a.id, e.added_at, e.id""", organisation, versionId, before)
                .setParameter("worker", workerId).getResultList();
        Map<String, List<EvidenceRef>> byCode = new HashMap<>();
        for (Object[] row : rows) {
            byCode.computeIfAbsent((String) row[0], c -> new ArrayList<>()).add(new EvidenceRef("ASSESSMENT",
                    (UUID) row[1], (String) row[2], (String) row[3], day(row[4]), (String) row[5]));
        }
        return byCode;
    }

    private Query query(String sql, String organisation, UUID versionId, Instant before) {
        return em.createNativeQuery(sql)
                .setParameter("organisation", organisation)
                .setParameter("version", versionId)
                .setParameter("before", before == null ? NOW : before);
    }

    private static Map<String, LatestRating> latest(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, LatestRating> latest = new HashMap<>();
        for (Object[] row : rows) {
            String code = (String) row[0];
            latest.put(code, new LatestRating(code, ((Number) row[1]).intValue(), (UUID) row[2], instant(row[3])));
        }
        return latest;
    }
}
