package org.pswcp.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.testkit.Problems.problem;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.ContractValidation;
import org.pswcp.testkit.Db;

import io.quarkus.test.junit.QuarkusTest;

/** A competence profile and a development plan as they stood at the end of a past day. */
@QuarkusTest
class HistoryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    DataSource db;

    /** Moves an assessment's sign-off to noon on a past day, as if it had been signed off then. */
    private void signedOffOn(String assessmentId, LocalDate day) throws Exception {
        new Db(db).update("update assessment set signed_off_at = ?, submitted_at = ? where id = ?::uuid",
                Timestamp.from(day.atTime(12, 0).atZone(LONDON).toInstant()),
                Timestamp.from(day.atTime(11, 0).atZone(LONDON).toInstant()), assessmentId);
    }

    private static String path(Fixtures.Team team, String what, UUID version, LocalDate asOf) {
        return "/v1/workers/" + team.supervisee() + "/" + what + "?frameworkVersionId=" + version
                + (asOf == null ? "" : "&asOf=" + asOf);
    }

    @Test
    void aProfileAsOfAPastDayShowsWhatHadBeenSignedOffByTheEndOfThatDay() throws Exception {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        LocalDate today = LocalDate.now(LONDON);
        String first = Fixtures.signedOffSupervisorAssessment(team, version, "1.1.1.1", 2);
        signedOffOn(first, today.minusDays(30));
        String second = Fixtures.signedOffSupervisorAssessment(team, version, "1.1.1.1", 3);
        signedOffOn(second, today.minusDays(10));

        as(team.supervisorToken()).get(path(team, "competence-profile", version, today.minusDays(31)))
                .then().statusCode(200)
                .body("asOf", equalTo(today.minusDays(31).toString()))
                .body("areas[0].statements[0].attained", nullValue())
                .body("areas[0].status", equalTo("NOT_ASSESSED"));
        as(team.supervisorToken()).get(path(team, "competence-profile", version, today.minusDays(30)))
                .then().statusCode(200)
                .body("areas[0].statements[0].attained.level.value", equalTo(2))
                .body("areas[0].statements[0].attained.assessmentId", equalTo(first));
        as(team.supervisorToken()).get(path(team, "competence-profile", version, today.minusDays(11)))
                .then().statusCode(200)
                .body("areas[0].statements[0].attained.assessmentId", equalTo(first));
        as(team.supervisorToken()).get(path(team, "competence-profile", version, null)).then().statusCode(200)
                .body("asOf", nullValue())
                .body("areas[0].statements[0].attained.level.value", equalTo(3))
                .body("areas[0].statements[0].attained.assessmentId", equalTo(second));
    }

    @Test
    void aPlanAsOfAPastDayShowsTheGapsOfThatDay() throws Exception {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        LocalDate today = LocalDate.now(LONDON);
        signedOffOn(Fixtures.signedOffSupervisorAssessment(team, version, "1.2.1", 3), today.minusDays(5));

        as(team.superviseeToken()).get(path(team, "development-plan", version, today.minusDays(6)))
                .then().statusCode(200)
                .body("asOf", equalTo(today.minusDays(6).toString()))
                .body("met", emptyIterable())
                .body("goals.area", contains("1.1", "1.2"));
        as(team.superviseeToken()).get(path(team, "development-plan", version, today.minusDays(5)))
                .then().statusCode(200)
                .body("met", contains("1.2"))
                .body("goals.area", contains("1.1"));
    }

    @Test
    void hrReadsAPastProfileWithSignedOffOutcomesOnly() throws Exception {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        LocalDate today = LocalDate.now(LONDON);
        signedOffOn(Fixtures.signedOffSupervisorAssessment(team, version, "1.1.1.1", 3), today.minusDays(3));
        String self = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        Fixtures.rate(team.superviseeToken(), self, "1.1.1.1", 4).statusCode(200);
        Fixtures.post(team.superviseeToken(), "/v1/assessments/" + self + "/submission").statusCode(200);

        as(Fixtures.hr("R9A")).get(path(team, "competence-profile", version, today)).then().statusCode(200)
                .body("areas[0].statements[0].attained.level.value", equalTo(3))
                .body("areas[0].statements[0].selfRating", nullValue());
        as(team.superviseeToken()).get(path(team, "competence-profile", version, today.minusDays(1)))
                .then().statusCode(200)
                .body("areas[0].statements[0].attained.level.value", equalTo(3))
                .body("areas[0].statements[0].selfRating", nullValue());
        as(team.superviseeToken()).get(path(team, "competence-profile", version, today)).then().statusCode(200)
                .body("areas[0].statements[0].selfRating.level.value", equalTo(4));
    }

    @Test
    void aDayAfterTodayOrNotADateIsA400ProblemNamingAsOf() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        LocalDate tomorrow = LocalDate.now(LONDON).plusDays(1);
        as(team.supervisorToken()).get(path(team, "competence-profile", version, tomorrow))
                .then().spec(problem(400, "validation-failed")).body("errors[0].field", equalTo("asOf"));
        as(team.supervisorToken()).get(path(team, "development-plan", version, tomorrow))
                .then().spec(problem(400, "validation-failed")).body("errors[0].field", equalTo("asOf"));
        as(team.supervisorToken()).filter(ContractValidation.deliberatelyInvalid())
                .get("/v1/workers/" + team.supervisee() + "/competence-profile?asOf=last-week")
                .then().spec(problem(400, "validation-failed")).body("errors[0].field", equalTo("asOf"));
    }
}
