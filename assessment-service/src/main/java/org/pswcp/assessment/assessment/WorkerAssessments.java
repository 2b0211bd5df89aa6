package org.pswcp.assessment.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentByYou;
import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentView;
import org.pswcp.assessment.frameworkcopy.FrameworkCopies;
import org.pswcp.kit.destruction.Destroyed;
import org.pswcp.kit.page.Where;

import io.quarkus.panache.common.Sort;

/**
 * One worker's assessments in the caller's organisation, for their subject access export: whoever asks, for the export
 * decides who may. Not {@link AssessmentAccess}'s sight: the worker is the data subject of what was written about them,
 * so the export holds all of it, drafts included, whether the worker or HR on their behalf asks. And all of it goes, in
 * an organisation the event names, when the worker's records are destroyed ({@link #forget}).
 */
@ApplicationScoped
public class WorkerAssessments {

    private static final Sort OLDEST_FIRST = Sort.ascending("createdAt", "id");

    private final AssessmentRepository assessments;
    private final FrameworkCopies copies;
    private final EntityManager em;

    WorkerAssessments(AssessmentRepository assessments, FrameworkCopies copies, EntityManager em) {
        this.assessments = assessments;
        this.copies = copies;
        this.em = em;
    }

    /**
     * Every assessment about the worker, oldest first, in every state (a supervisor's draft included), in full: ratings
     * and their comments, evidence, and the reason it was last returned. With {@code signedOffOnly}, as HR sees them:
     * the signed-off ones, without why one was returned before.
     */
    @Transactional
    public List<AssessmentView> about(String workerId, boolean signedOffOnly) {
        Where where = Where.all().equal("subjectWorkerId", workerId)
                .equal("status", signedOffOnly ? AssessmentStatus.SIGNED_OFF : null);
        return assessments.findVisible(where, OLDEST_FIRST).stream()
                .map(a -> AssessmentView.of(a, copies.version(a.frameworkVersionId()).orElseThrow(), !signedOffOnly))
                .toList();
    }

    /**
     * The assessments the worker wrote or signed off about someone else, or about the organisation or a team, oldest
     * first: which ones and when only. What they say is about the person or team assessed.
     */
    @Transactional
    public List<AssessmentByYou> byAboutOthers(String workerId) {
        Where where = Where.of("(authorWorkerId = :worker or signedOffBy = :worker)"
                + " and (subjectWorkerId is null or subjectWorkerId <> :worker)", Map.of("worker", workerId));
        return assessments.findVisible(where, OLDEST_FIRST).stream().map(a -> AssessmentByYou.of(a, workerId))
                .toList();
    }

    /**
     * Forgets a worker whose records were destroyed, in the organisation: deletes every assessment about them, in every
     * state, with its ratings, comments, evidence, scope and return reason (on delete cascade); where they wrote or
     * signed off someone else's assessment, or the organisation's, that assessment stays, naming
     * {@link Destroyed#MARKER} instead of their worker id and account (who returned one is not kept; their reason stays
     * with the assessment, which is about someone else).
     */
    @Transactional(TxType.MANDATORY)
    public Forgotten forget(String organisation, String workerId) {
        List<String> accounts = em.createQuery("select distinct a.authorSubject from Assessment a"
                + " where a.organisation = :organisation and a.authorWorkerId = :worker", String.class)
                .setParameter("organisation", organisation).setParameter("worker", workerId).getResultList();
        int deleted = em.createNativeQuery("delete from assessment where organisation = :organisation"
                + " and subject_worker_id = :worker").setParameter("organisation", organisation)
                .setParameter("worker", workerId).executeUpdate();
        List<String> ids = new ArrayList<>(accounts);
        ids.add(workerId);
        int authored = em.createQuery("update Assessment set authorSubject = :marker, authorWorkerId = :marker"
                + " where organisation = :organisation and (authorWorkerId = :worker or authorSubject in (:ids))")
                .setParameter("marker", Destroyed.MARKER).setParameter("organisation", organisation)
                .setParameter("worker", workerId).setParameter("ids", ids).executeUpdate();
        int signed = em.createQuery("update Assessment set signedOffBy = :marker"
                + " where organisation = :organisation and signedOffBy in (:ids)")
                .setParameter("marker", Destroyed.MARKER).setParameter("organisation", organisation)
                .setParameter("ids", ids).executeUpdate();
        return new Forgotten(deleted, authored + signed, List.copyOf(accounts));
    }

    /**
     * What {@link #forget} did: assessments deleted, others' assessments that now name the marker (counted once per
     * field), and the accounts the worker wrote with, which other records may name.
     */
    public record Forgotten(int deleted, int anonymised, List<String> accounts) {
    }
}
