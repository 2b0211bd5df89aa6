package org.pswcp.supervision.agreement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Event {@code org.pswcp.supervision.agreement-started.v1} on {@code supervision.events}: HR recorded who supervises
 * whom. Keyed by the supervisee. assessment-service reads these fields to know who may assess whom: renaming one is a
 * new version of the event.
 */
public record AgreementStarted(UUID agreementId, String superviseeWorkerId, String supervisorWorkerId,
        AgreementType type, String frequency, SupervisionFormat format, LocalDate startDate, LocalDate endDate) {
}
