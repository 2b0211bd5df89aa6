package org.pswcp.assessment.assessment;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentByYou;
import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentView;
import org.pswcp.assessment.frameworkcopy.FrameworkCopies;
import org.pswcp.kit.page.Where;

import io.quarkus.panache.common.Sort;

/**
 * One worker's assessments in the caller's organisation, for their subject access export: whoever asks, for the export
 * decides who may. Not {@link AssessmentAccess}'s sight: the worker is the data subject of what was written about them,
 * so the export holds all of it, drafts included, whether the worker or HR on their behalf asks.
 */
@ApplicationScoped
public class WorkerAssessments {

    private static final Sort OLDEST_FIRST = Sort.ascending("createdAt", "id");

    private final AssessmentRepository assessments;
    private final FrameworkCopies copies;

    WorkerAssessments(AssessmentRepository assessments, FrameworkCopies copies) {
        this.assessments = assessments;
        this.copies = copies;
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
}
