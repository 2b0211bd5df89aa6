package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pswcp.assessment.Fixtures.post;
import static org.pswcp.assessment.Fixtures.rate;
import static org.pswcp.testkit.Metrics.exportedBy;
import static org.pswcp.testkit.Metrics.names;
import static org.pswcp.testkit.Metrics.scrape;
import static org.pswcp.testkit.Metrics.value;

import java.util.Set;
import java.util.UUID;

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
    void everyMetricTheDashboardsExpectFromAssessmentServiceIsExported() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String id = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        rate(team.superviseeToken(), id, "1.1.1.1", 3).statusCode(200);
        post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        post(team.supervisorToken(), "/v1/assessments/" + id + "/sign-off").statusCode(200);

        Set<String> expected = exportedBy("assessment-service");
        assertThat(expected).isNotEmpty();
        assertThat(names()).containsAll(expected).contains("pswcp_outbox_published_events_total");
    }

}
