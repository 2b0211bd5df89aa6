package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
        double overdue = value(OVERDUE);
        double announced = value(ANNOUNCED);

        Fixtures.agreed("T" + UUID.randomUUID().toString().substring(0, 4).toUpperCase()); // no session since 2025
        check.check(today);
        assertThat(value(OVERDUE)).isEqualTo(overdue + 1);
        assertThat(value(ANNOUNCED)).isEqualTo(announced + 1);

        check.check(today);
        assertThat(value(OVERDUE)).as("still overdue").isEqualTo(overdue + 1);
        assertThat(value(ANNOUNCED)).as("each missed period is announced once").isEqualTo(announced + 1);
    }

    @Test
    void everyMetricTheDashboardsExpectFromSupervisionServiceIsExported() throws IOException {
        check.check(LocalDate.now(ZoneId.of("Europe/London")));
        Set<String> expected = Files.readAllLines(Path.of("../deploy/base/monitoring/exported-metrics.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")).filter(parts -> parts[1].equals("supervision-service"))
                .map(parts -> parts[0]).collect(Collectors.toSet());
        Set<String> names = scrape().lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("[{ ]", 2)[0]).collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        assertThat(names).containsAll(expected).contains("pswcp_outbox_published_events_total");
    }

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String name) {
        return scrape().lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(MetricsTest::sample).sum();
    }

    /** A sample's value: after the name and labels, before any exemplar ({@code # {trace_id=...} 1.0 1.7E9}). */
    private static double sample(String line) {
        int nameEnd = line.split("[{ ]", 2)[0].length();
        String rest = line.charAt(nameEnd) == '{' ? line.substring(line.indexOf('}') + 1) : line.substring(nameEnd);
        return Double.parseDouble(rest.strip().split("\\s+")[0]);
    }
}
