package org.pswcp.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.pswcp.supervision.compliance.SupervisionDue;

class SupervisionDueTest {

    private static final Period MONTHLY = Period.parse("P1M");

    private static SupervisionDue due(String start, String lastHeld, Period frequency, String today) {
        return SupervisionDue.of(LocalDate.parse(start), lastHeld == null ? null : LocalDate.parse(lastHeld),
                frequency, LocalDate.parse(today));
    }

    @Test
    void aMonthlySessionAfterTheThirtyFirstOfJanuaryIsDueOnTheLastDayOfFebruary() {
        assertThat(due("2026-01-31", null, MONTHLY, "2026-02-28"))
                .isEqualTo(new SupervisionDue(null, LocalDate.parse("2026-02-28"), 0, 0, null));
        assertThat(due("2026-01-31", null, MONTHLY, "2026-03-01"))
                .isEqualTo(new SupervisionDue(null, LocalDate.parse("2026-02-28"), 1, 1,
                        LocalDate.parse("2026-02-28")));
        assertThat(due("2028-01-31", null, MONTHLY, "2028-03-01").nextDueOn()).isEqualTo("2028-02-29");
    }

    @Test
    void missedPeriodsCountFromTheSameDaySoMonthEndsDoNotDrift() {
        // The second period ends on 31 March, not 28 March (28 February plus a month).
        assertThat(due("2026-01-31", null, MONTHLY, "2026-03-31").missedPeriods()).isEqualTo(1);
        assertThat(due("2026-01-31", null, MONTHLY, "2026-04-01"))
                .isEqualTo(new SupervisionDue(null, LocalDate.parse("2026-02-28"), 32, 2,
                        LocalDate.parse("2026-03-31")));
        assertThat(due("2026-01-31", null, MONTHLY, "2026-05-01").latestMissedDueOn()).isEqualTo("2026-04-30");
    }

    @Test
    void theLastHeldSessionResetsTheClockAndWeeksCountInDays() {
        Period fortnightly = Period.parse("P2W");
        assertThat(due("2025-04-07", "2026-12-25", fortnightly, "2027-01-08").overdue()).isFalse();
        assertThat(due("2025-04-07", "2026-12-25", fortnightly, "2027-01-23"))
                .isEqualTo(new SupervisionDue(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-08"), 15, 2,
                        LocalDate.parse("2027-01-22")));
    }
}
