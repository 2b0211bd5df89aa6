package org.pswcp.supervision.session;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Event {@code org.pswcp.supervision.direct-observation-recorded.v1} on {@code supervision.events}: a supervisor
 * observed a supervisee's practice. assessment-service counts it towards the supervisee's competence profile, so
 * renaming a field is a new version. Never the observer's comment. Keyed by the supervisee.
 */
public record DirectObservationRecorded(UUID observationId, UUID sessionId, String superviseeWorkerId,
        String observerWorkerId, UUID frameworkVersionId, List<String> statementCodes, String level,
        LocalDate observedOn) {
}
