package org.pswcp.assessment.assessment;

import java.time.Instant;
import java.util.UUID;

import org.pswcp.assessment.Events;

/**
 * The data of the events this feature publishes on {@value Events#ASSESSMENT_TOPIC}, keyed by the assessed worker (or,
 * for an organisational assessment, the organisation) so that a worker's events stay in order. They carry ids, codes
 * and levels only: comments, reasons and evidence stay behind the API. Their types are {@link Events}'.
 */
public final class AssessmentEvents {

    private AssessmentEvents() {
    }

    /** {@value Events#ASSESSMENT_SUBMITTED}: an assessment awaits sign-off. */
    public record AssessmentSubmitted(UUID assessmentId, String workerId, String team, AssessmentKind kind,
            UUID frameworkVersionId, Instant submittedAt) {
    }

    /** {@value Events#ASSESSMENT_SIGNED_OFF}: an assessment was signed off and can no longer change. */
    public record AssessmentSignedOff(UUID assessmentId, String workerId, String team, AssessmentKind kind,
            UUID frameworkVersionId, String signedOffBy, Instant signedOffAt) {
    }

    /** {@value Events#ASSESSMENT_RETURNED}: an assessment went back to its author for changes. */
    public record AssessmentReturned(UUID assessmentId, String workerId, String team, AssessmentKind kind,
            UUID frameworkVersionId, Instant returnedAt) {
    }
}
