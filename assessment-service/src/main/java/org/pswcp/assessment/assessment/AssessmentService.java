package org.pswcp.assessment.assessment;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentView;
import org.pswcp.assessment.frameworkcopy.PublishedVersionRepository;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.problem.AccessDeniedException;
import org.pswcp.kit.problem.InvalidInputException;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

/** Creating, reading and submitting assessments. */
@ApplicationScoped
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final PublishedVersionRepository versions;
    private final Outbox outbox;
    private final Caller caller;

    AssessmentService(AssessmentRepository assessments, PublishedVersionRepository versions, Outbox outbox,
            Caller caller) {
        this.assessments = assessments;
        this.versions = versions;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** A peer support worker starts a self-assessment against a published framework version. */
    @Transactional
    @Audited(action = "assessment.create", resourceType = "assessment")
    public AssessmentView createSelfAssessment(AssessmentKind kind, UUID frameworkVersionId) {
        if (kind != AssessmentKind.SELF) {
            throw new InvalidInputException("kind", "must be SELF: other kinds of assessment cannot be created yet");
        }
        String workerId = callerWorkerId();
        if (versions.findByIdOptional(frameworkVersionId).isEmpty()) {
            throw new InvalidInputException("frameworkVersionId", "is not a published framework version");
        }
        Assessment assessment = Assessment.selfAssessment(caller.organisation(), workerId, caller.subject(),
                frameworkVersionId, Instant.now());
        assessments.persist(assessment);
        return AssessmentView.of(assessment);
    }

    /** An assessment the caller may see: their own, or any of their organisation's for HR. */
    @Transactional
    public AssessmentView get(UUID id) {
        return AssessmentView.of(visible(id));
    }

    /** The author hands the assessment in; AssessmentSubmitted goes out with the change. */
    @Transactional
    @Audited(action = "assessment.submit", resourceType = "assessment")
    public AssessmentView submit(@AuditedResourceId UUID id) {
        Assessment assessment = visible(id);
        if (!assessment.isAuthoredBy(caller.subject())) {
            throw new AccessDeniedException("Only the author of an assessment can submit it.");
        }
        assessment.submit(Instant.now());
        outbox.record(OutgoingEvent.of(AssessmentSubmitted.TOPIC, AssessmentSubmitted.TYPE,
                assessment.subjectWorkerId(), "assessments/" + id,
                new AssessmentSubmitted(id, assessment.subjectWorkerId(), assessment.kind(),
                        assessment.frameworkVersionId(), assessment.submittedAt()))
                .organisation(assessment.organisation())
                .dataref("/v1/assessments/" + id));
        return AssessmentView.of(assessment);
    }

    /**
     * HR sees the organisation's assessments; a worker sees their own. Anything else is not found, so nobody learns
     * that it exists.
     */
    private Assessment visible(UUID id) {
        Assessment assessment = assessments.getVisible(id);
        boolean own = caller.workerId().map(assessment.subjectWorkerId()::equals).orElse(false);
        if (own || caller.hasRole(Roles.HR)) {
            return assessment;
        }
        throw new ResourceNotFoundException("assessment", id);
    }

    private String callerWorkerId() {
        return caller.workerId()
                .orElseThrow(() -> new AccessDeniedException("Your token does not name you as a worker."));
    }
}
