package org.pswcp.assessment.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * The events this service publishes on {@code assessment.events}, keyed by the assessed worker (or, for an
 * organisational assessment, the organisation) so that a worker's events stay in order. They carry ids, codes and
 * levels only: comments, reasons and evidence stay behind the API.
 */
public final class AssessmentEvents {

    public static final String TOPIC = "assessment.events";

    private AssessmentEvents() {
    }

    /** {@code org.pswcp.assessment.submitted.v1}: an assessment awaits sign-off. */
    public record AssessmentSubmitted(UUID assessmentId, String workerId, String team, AssessmentKind kind,
            UUID frameworkVersionId, Instant submittedAt) {

        public static final String TYPE = "org.pswcp.assessment.submitted.v1";
    }

    /** {@code org.pswcp.assessment.signed-off.v1}: an assessment was signed off and can no longer change. */
    public record AssessmentSignedOff(UUID assessmentId, String workerId, String team, AssessmentKind kind,
            UUID frameworkVersionId, String signedOffBy, Instant signedOffAt) {

        public static final String TYPE = "org.pswcp.assessment.signed-off.v1";
    }

    /** {@code org.pswcp.assessment.returned.v1}: an assessment went back to its author for changes. */
    public record AssessmentReturned(UUID assessmentId, String workerId, String team, AssessmentKind kind,
            UUID frameworkVersionId, Instant returnedAt) {

        public static final String TYPE = "org.pswcp.assessment.returned.v1";
    }

    /**
     * {@code org.pswcp.competence.level-changed.v1}: a worker's attained level in a competence area changed, after a
     * sign-off. A null level means not assessed.
     */
    public record CompetenceLevelChanged(String workerId, UUID frameworkVersionId, String areaCode,
            Integer previousLevel, String previousStatus, Integer level, String status, UUID assessmentId,
            Instant changedAt) {

        public static final String TYPE = "org.pswcp.competence.level-changed.v1";
    }
}
