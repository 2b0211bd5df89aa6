package org.pswcp.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pswcp.testkit.Metrics.exportedBy;
import static org.pswcp.testkit.Metrics.names;
import static org.pswcp.testkit.Metrics.value;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.supervision.compliance.OverdueCheck;

import io.quarkus.test.junit.QuarkusTest;

/** The overdue check counts the agreements overdue now and the periods it announces. */
@QuarkusTest
class MetricsTest {

    private static final String OVERDUE = "pswcp_supervision_overdue_agreements";
    private static final String ANNOUNCED = "pswcp_supervision_overdue_periods_announced_total";

    @Inject
    OverdueCheck check;

    @Test
    void aNewlyOverdueAgreementRaisesTheOverdueGaugeAndIsCountedAsAnnouncedOnce() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        check.check(today);
        double overdue = value(OVERDUE, "");
        double announced = value(ANNOUNCED, "");

        Fixtures.agreed("T" + UUID.randomUUID().toString().substring(0, 4).toUpperCase()); // no session since 2025
        check.check(today);
        assertThat(value(OVERDUE, "")).isEqualTo(overdue + 1);
        assertThat(value(ANNOUNCED, "")).isEqualTo(announced + 1);

        check.check(today);
        assertThat(value(OVERDUE, "")).as("still overdue").isEqualTo(overdue + 1);
        assertThat(value(ANNOUNCED, "")).as("each missed period is announced once").isEqualTo(announced + 1);
    }

    @Test
    void everyMetricTheDashboardsExpectFromSupervisionServiceIsExported() {
        check.check(LocalDate.now(ZoneId.of("Europe/London")));
        Set<String> expected = exportedBy("supervision-service");
        assertThat(expected).isNotEmpty();
        assertThat(names()).containsAll(expected).contains("pswcp_outbox_published_events_total");
    }
}
