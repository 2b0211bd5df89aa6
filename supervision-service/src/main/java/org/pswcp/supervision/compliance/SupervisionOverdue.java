package org.pswcp.supervision.compliance;

import java.time.LocalDate;
import java.util.UUID;

import org.pswcp.supervision.agreement.AgreementType;

/**
 * Event {@code org.pswcp.supervision.supervision-overdue.v1} on {@code supervision.events}: an agreement has gone a
 * whole period without a held session. Emitted once per missed period, whatever the number of replicas. Keyed by the
 * supervisee.
 *
 * @param periodDueOn the due day of the missed period this notice is for
 * @param missedPeriods how many periods have passed without a session, this one included
 */
public record SupervisionOverdue(UUID agreementId, String superviseeWorkerId, String supervisorWorkerId,
        AgreementType type, String frequency, LocalDate lastHeldOn, LocalDate nextDueOn, LocalDate periodDueOn,
        int missedPeriods, long daysOverdue) {
}
