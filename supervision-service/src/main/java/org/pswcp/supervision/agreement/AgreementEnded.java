package org.pswcp.supervision.agreement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Event {@code org.pswcp.supervision.agreement-ended.v1} on {@code supervision.events}: HR ended an agreement; it is
 * active up to and including {@code endDate}. Keyed by the supervisee. The reason stays in this service.
 */
public record AgreementEnded(UUID agreementId, String superviseeWorkerId, String supervisorWorkerId,
        LocalDate endDate) {
}
