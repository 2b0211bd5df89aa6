package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.assessment.Fixtures.completion;
import static org.pswcp.assessment.Fixtures.recordLearning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A completed curriculum unit on the worker's development plan and profile: shown as completed and as evidence on the
 * statements it covers, to the worker, their supervisors and HR; never a met competence, which only a signed-off
 * assessment makes.
 */
@QuarkusTest
class LearningOnPlanTest {

    private static final String CERTIFICATE = "https://learning.north-demo-trust.example/certificates/9";

    @Inject
    DataSource db;

    @Test
    void aCompletedUnitShowsOnThePlanAndAsEvidenceButOnlyASignedOffAssessmentMakesTheCompetenceMet() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String worker = team.supervisee();
        String summary = "/v1/competence-summary?frameworkVersionId=" + version;
        String summaryBefore = as(Fixtures.hr("R9A")).get(summary).then().statusCode(200).extract().asString();
        LocalDate day = LocalDate.now().minusDays(5);

        String record = recordLearning(Fixtures.learningSystem("R9A"), worker, completion("LMS-" + UUID.randomUUID(),
                version, "UNIT 1.2", day, "Recovery College", CERTIFICATE));

        for (String reader : List.of(team.superviseeToken(), team.supervisorToken(), Fixtures.hr("R9A"))) {
            as(reader).get(plan(worker, version)).then().statusCode(200)
                    .body("met", empty())
                    .body("goals.area", contains("1.1", "1.2"))
                    .body("goals[1].status", equalTo("NOT_ASSESSED"))
                    .body("goals[1].attained", nullValue())
                    .body("goals[1].units.code", contains("UNIT 1.2"))
                    .body("goals[1].units[0].completed.learningRecordId", equalTo(record))
                    .body("goals[1].units[0].completed.completedOn", equalTo(day.toString()))
                    .body("goals[1].units[0].completed.provider", equalTo("Recovery College"))
                    .body("goals[0].units[0].completed", nullValue())
                    .body("units.find { it.code == 'UNIT 1.2' }.completed.learningRecordId", equalTo(record))
                    .body("completedUnits.unitCode", contains("UNIT 1.2"))
                    .body("completedUnits[0].completedOn", equalTo(day.toString()))
                    .body("completedUnits[0].provider", equalTo("Recovery College"));
            as(reader).get(profile(worker, version)).then().statusCode(200)
                    .body("areas.find { it.code == '1.2' }.status", equalTo("NOT_ASSESSED"))
                    .body("areas.find { it.code == '1.2' }.level", nullValue())
                    .body("areas.find { it.code == '1.2' }.statements[0].attained", nullValue())
                    .body("areas.find { it.code == '1.2' }.statements[0].evidence.source", contains("LEARNING"))
                    .body("areas.find { it.code == '1.2' }.statements[0].evidence[0].id", equalTo(record))
                    .body("areas.find { it.code == '1.2' }.statements[0].evidence[0].date", equalTo(day.toString()))
                    .body("areas.find { it.code == '1.2' }.statements[0].evidence[0].link", equalTo(CERTIFICATE))
                    .body("areas.find { it.code == '1.1' }.statements.evidence.flatten()", empty());
        }
        // HR's counts are untouched, and no level changed: the only event is the recording.
        as(Fixtures.hr("R9A")).get(summary).then().statusCode(200).body(equalTo(summaryBefore));
        assertThat(CloudEvents.exactlyWithKey(Events.ASSESSMENT_TOPIC, worker, 1, Duration.ofSeconds(20)))
                .extracting(r -> CloudEvents.header(r, "ce_type")).containsExactly(Events.LEARNING_RECORDED);

        Fixtures.signedOffSupervisorAssessment(team, version, "1.2.1", 3);

        as(team.superviseeToken()).get(plan(worker, version)).then().statusCode(200)
                .body("met", contains("1.2"))
                .body("goals.area", contains("1.1"))
                .body("completedUnits.unitCode", contains("UNIT 1.2"));
        as(Fixtures.hr("R9A")).get(profile(worker, version)).then().statusCode(200)
                .body("areas.find { it.code == '1.2' }.status", equalTo("MET"))
                .body("areas.find { it.code == '1.2' }.statements[0].evidence.source", contains("LEARNING"));
    }

    @Test
    void aWithdrawnRecordIsNeitherACompletedUnitNorEvidence() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String worker = team.supervisee();
        String record = recordLearning(Fixtures.learningSystem("R9A"), worker, completion("LMS-" + UUID.randomUUID(),
                version, "UNIT 1.1", LocalDate.now(), "Recovery College", null));
        as(team.superviseeToken()).get(plan(worker, version)).then().statusCode(200)
                .body("completedUnits.unitCode", contains("UNIT 1.1"));

        as(Fixtures.learningSystem("R9A")).delete("/v1/workers/" + worker + "/learning-records/" + record).then()
                .statusCode(200);

        as(team.superviseeToken()).get(plan(worker, version)).then().statusCode(200)
                .body("completedUnits", empty())
                .body("goals[0].units[0].code", equalTo("UNIT 1.1"))
                .body("goals[0].units[0].completed", nullValue());
        as(team.superviseeToken()).get(profile(worker, version)).then().statusCode(200)
                .body("areas.find { it.code == '1.1' }.statements.evidence.flatten()", empty());
    }

    private static String plan(String worker, UUID version) {
        return "/v1/workers/" + worker + "/development-plan?frameworkVersionId=" + version;
    }

    private static String profile(String worker, UUID version) {
        return "/v1/workers/" + worker + "/competence-profile?frameworkVersionId=" + version;
    }
}
