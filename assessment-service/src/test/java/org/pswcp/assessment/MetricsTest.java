package org.pswcp.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pswcp.assessment.Fixtures.post;
import static org.pswcp.assessment.Fixtures.rate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Assessments submitted and signed off are counted by kind, and the metrics the dashboards expect are there. */
@QuarkusTest
class MetricsTest {

    private static final String SUBMITTED = "pswcp_assessments_submitted_total";
    private static final String SIGNED_OFF = "pswcp_assessments_signed_off_total";

    @Inject
    DataSource db;

    @Test
    void submittingAndSigningOffAnAssessmentCountsEachOnceByKind() {
        double submitted = value(SUBMITTED, "kind=\"SELF\"");
        double signedOff = value(SIGNED_OFF, "kind=\"SELF\"");
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String id = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        rate(team.superviseeToken(), id, "1.1.1.1", 3).statusCode(200);

        post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        assertThat(value(SUBMITTED, "kind=\"SELF\"")).isEqualTo(submitted + 1);
        assertThat(value(SIGNED_OFF, "kind=\"SELF\"")).isEqualTo(signedOff);

        post(team.supervisorToken(), "/v1/assessments/" + id + "/sign-off").statusCode(200);
        assertThat(value(SIGNED_OFF, "kind=\"SELF\"")).isEqualTo(signedOff + 1);

        post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").statusCode(409);
        assertThat(value(SUBMITTED, "kind=\"SELF\"")).as("a refused transition counts nothing")
                .isEqualTo(submitted + 1);
        assertThat(scrape()).doesNotContain(team.supervisee());
    }

    @Test
    void everyMetricTheDashboardsExpectFromAssessmentServiceIsExported() throws IOException {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String id = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        rate(team.superviseeToken(), id, "1.1.1.1", 3).statusCode(200);
        post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        post(team.supervisorToken(), "/v1/assessments/" + id + "/sign-off").statusCode(200);

        Set<String> names = scrape().lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("[{ ]", 2)[0]).collect(Collectors.toSet());
        assertThat(names).containsAll(exportedBy("assessment-service")).contains("pswcp_outbox_published_events_total");
    }

    /** The metrics deploy/base/monitoring/exported-metrics.txt lists for one exporter. */
    static Set<String> exportedBy(String exporter) throws IOException {
        Set<String> names = Files.readAllLines(Path.of("../deploy/base/monitoring/exported-metrics.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")).filter(parts -> parts[1].equals(exporter)).map(parts -> parts[0])
                .collect(Collectors.toSet());
        assertThat(names).isNotEmpty();
        return names;
    }

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String name, String labels) {
        return scrape().lines().filter(l -> l.startsWith(name + "{") && l.contains(labels))
                .mapToDouble(MetricsTest::sample).sum();
    }

    /** A sample's value: after the name and labels, before any exemplar ({@code # {trace_id=...} 1.0 1.7E9}). */
    private static double sample(String line) {
        int nameEnd = line.split("[{ ]", 2)[0].length();
        String rest = line.charAt(nameEnd) == '{' ? line.substring(line.indexOf('}') + 1) : line.substring(nameEnd);
        return Double.parseDouble(rest.strip().split("\\s+")[0]);
    }
}
