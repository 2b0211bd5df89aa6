package org.pswcp.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.time.Today;

class TodayTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static LocalDate todayAt(String instant) {
        return new Today(LONDON, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).date();
    }

    @Test
    void todayIsTheDateInEnglandWhateverTheServersZone() {
        // British Summer Time: half past eleven at night in UTC is already tomorrow in England.
        assertThat(todayAt("2026-06-30T23:30:00Z")).isEqualTo(LocalDate.of(2026, 7, 1));
        // Greenwich Mean Time: the same date as UTC.
        assertThat(todayAt("2026-12-04T23:30:00Z")).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(new Today(LONDON, Clock.systemUTC()).dateOf(Instant.parse("2026-03-29T00:30:00Z")))
                .isEqualTo(LocalDate.of(2026, 3, 29));
    }
}
