package org.pswcp.supervision.compliance;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * When an agreement's next session is due, and how far behind it is. Sessions are due one agreed period after the last
 * held one (or after the agreement's start): {@code P1M} after 31 January is 28 (or 29) February. Missed periods are
 * counted from that same day, each a whole multiple of the period ({@code P1M}, then {@code P2M} after 31 January, so
 * 31 March), so that month ends never drift.
 *
 * @param lastHeldOn the day of the last held session, if any
 * @param nextDueOn the day by which the next session is due
 * @param daysOverdue days since {@code nextDueOn}; zero while it is not past
 * @param missedPeriods how many whole periods have passed without a session
 * @param latestMissedDueOn the due day of the latest missed period, which an overdue notice is for; null when none
 */
public record SupervisionDue(LocalDate lastHeldOn, LocalDate nextDueOn, long daysOverdue, int missedPeriods,
        LocalDate latestMissedDueOn) {

    public static SupervisionDue of(LocalDate startDate, LocalDate lastHeldOn, Period frequency, LocalDate today) {
        LocalDate from = lastHeldOn != null ? lastHeldOn : startDate;
        LocalDate next = from.plus(frequency);
        if (!today.isAfter(next)) {
            return new SupervisionDue(lastHeldOn, next, 0, 0, null);
        }
        int missed = 1;
        while (from.plus(frequency.multipliedBy(missed + 1)).isBefore(today)) {
            missed++;
        }
        return new SupervisionDue(lastHeldOn, next, ChronoUnit.DAYS.between(next, today), missed,
                from.plus(frequency.multipliedBy(missed)));
    }

    public boolean overdue() {
        return missedPeriods > 0;
    }
}
