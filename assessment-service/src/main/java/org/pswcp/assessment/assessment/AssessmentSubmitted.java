package org.pswcp.assessment.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * Event {@code org.pswcp.assessment.submitted.v1} on {@code assessment.events}: an assessment awaits sign-off. Keyed by
 * the worker, so a worker's events stay in order.
 */
public record AssessmentSubmitted(UUID assessmentId, String workerId, AssessmentKind kind, UUID frameworkVersionId,
        Instant submittedAt) {

    public static final String TOPIC = "assessment.events";
    public static final String TYPE = "org.pswcp.assessment.submitted.v1";
}
