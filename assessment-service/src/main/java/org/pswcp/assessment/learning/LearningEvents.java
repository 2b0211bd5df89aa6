package org.pswcp.assessment.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.pswcp.assessment.Events;

/**
 * The data of the events this feature publishes on {@value Events#ASSESSMENT_TOPIC}, keyed by the worker so that their
 * events stay in order. A completion is not confidential: the unit, day and provider go out; the certificate link does
 * not (it may open the certificate to whoever holds it). Their types are {@link Events}'.
 */
public final class LearningEvents {

    private LearningEvents() {
    }

    /** {@value Events#LEARNING_RECORDED}: a learning system recorded that a worker completed a curriculum unit. */
    public record LearningRecorded(UUID learningRecordId, String workerId, String learningSystem, String externalId,
            UUID frameworkVersionId, String unitCode, List<String> statementCodes, LocalDate completedOn,
            String provider, Instant recordedAt) {
    }

    /** {@value Events#LEARNING_RECORD_CORRECTED}: its learning system corrected a record; this is what it says now. */
    public record LearningRecordCorrected(UUID learningRecordId, String workerId, String learningSystem,
            String externalId, UUID frameworkVersionId, String unitCode, List<String> statementCodes,
            LocalDate completedOn, String provider, Instant correctedAt) {
    }

    /** {@value Events#LEARNING_RECORD_WITHDRAWN}: its learning system withdrew a record; it counts for nothing. */
    public record LearningRecordWithdrawn(UUID learningRecordId, String workerId, String learningSystem,
            String externalId, UUID frameworkVersionId, String unitCode, Instant withdrawnAt) {
    }
}
