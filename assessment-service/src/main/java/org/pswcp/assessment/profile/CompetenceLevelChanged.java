package org.pswcp.assessment.profile;

import java.time.Instant;
import java.util.UUID;

import org.pswcp.assessment.Events;

/**
 * {@value Events#COMPETENCE_LEVEL_CHANGED}: a worker's attained level in a competence area changed, after a sign-off. A
 * null level means not assessed.
 */
public record CompetenceLevelChanged(String workerId, UUID frameworkVersionId, String areaCode,
        Integer previousLevel, String previousStatus, Integer level, String status, UUID assessmentId,
        Instant changedAt) {
}
