package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.assessment.Fixtures.post;
import static org.pswcp.assessment.Fixtures.rate;
import static org.pswcp.testkit.Problems.problem;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * HR's views carry signed-off outcomes only: every view HR reaches, against a worker who has one signed-off outcome
 * (1.2.1 competent) and, beside it, everything that is not one: a submitted self-assessment, a submitted supervisor
 * assessment that would meet area 1.1, and a direct observation recorded in supervision. The worker and their
 * supervisors still see what is theirs to see.
 */
@QuarkusTest
class HrSeesSignedOffOutcomesTest {

    private static final String SENTINEL = "SENTINEL-NOT-SIGNED-OFF";

    @Inject
    DataSource db;

    /** The worker, their one signed-off outcome, and what is not signed off. */
    record Scenario(UUID version, Fixtures.Team team, String signedOff, String self, String unsigned,
            UUID observation) {

        String hr() {
            return Fixtures.hr(team.organisation());
        }

        /**
         * Someone who is HR and also the worker's second supervisor, through an account of their own (so the author of
         * nothing here): they see what a supervisor sees.
         */
        String hrAndSupervisor() {
            return Tokens.user("hr-sup-" + team.secondSupervisor()).subject("sub-hr-sup-" + team.secondSupervisor())
                    .roles(Roles.HR, Roles.SUPERVISOR, Roles.PSW).organisation(team.organisation())
                    .workerId(team.secondSupervisor()).bearer();
        }

        String worker(String view) {
            return "/v1/workers/" + team.supervisee() + "/" + view + "?frameworkVersionId=" + version;
        }
    }

    private Scenario scenario(String organisation) {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, organisation);
        String signedOff = Fixtures.signedOffSupervisorAssessment(team, version, "1.2.1", 3);
        String self = submitted(team.superviseeToken(), "SELF", version, null, "1.1.1.1");
        String unsigned = submitted(team.supervisorToken(), "SUPERVISOR", version, team.supervisee(), "1.1.1.1",
                "1.1.1.2");
        UUID observation = Fixtures.observation(db, organisation, team.supervisee(), team.supervisor(), version,
                "1.1.1.2", "competent");
        return new Scenario(version, team, signedOff, self, unsigned, observation);
    }

    /** An assessment rating each statement 4, with the sentinel as comment and evidence, submitted and no more. */
    private static String submitted(String author, String kind, UUID version, String workerId, String... codes) {
        String id = Fixtures.start(author, kind, version, workerId, null);
        List<String> ratings = Arrays.stream(codes).map(code -> "{\"statementCode\":\"" + code
                + "\",\"value\":4,\"comment\":\"" + SENTINEL + "\"}").toList();
        as(author).body("{\"ratings\":[" + String.join(",", ratings) + "]}")
                .put("/v1/assessments/" + id + "/ratings").then().statusCode(200);
        as(author).body("{\"title\":\"" + SENTINEL + "\",\"kind\":\"REFLECTION\",\"statementCodes\":[\"" + codes[0]
                + "\"]}").post("/v1/assessments/" + id + "/evidence").then().statusCode(201);
        post(author, "/v1/assessments/" + id + "/submission").statusCode(200);
        return id;
    }

    private static String statement(String code) {
        return "areas.statements.flatten().find { it.code == '" + code + "' }";
    }

    @Test
    void hrReadsAProfileWithoutSelfRatingsOrObservationsWhileTheWorkerAndSupervisorsStillSeeThem() {
        Scenario s = scenario("R9A");
        for (String seesAll : List.of(s.team().superviseeToken(), s.team().supervisorToken(), s.hrAndSupervisor())) {
            as(seesAll).get(s.worker("competence-profile")).then().statusCode(200)
                    .body(statement("1.1.1.1") + ".selfRating.level.value", equalTo(4))
                    .body(statement("1.1.1.1") + ".selfRating.assessmentId", equalTo(s.self()))
                    .body(statement("1.1.1.2") + ".evidence.id", contains(s.observation().toString()))
                    .body(statement("1.1.1.2") + ".evidence[0].source", equalTo("OBSERVATION"));
        }
        String hr = as(s.hr()).get(s.worker("competence-profile")).then().statusCode(200)
                .body("areas.statements.flatten().selfRating", everyItem(nullValue()))
                .body("areas.statements.flatten().evidence.flatten()", empty())
                .body("areas.find { it.code == '1.2' }.status", equalTo("MET"))
                .body(statement("1.2.1") + ".attained.assessmentId", equalTo(s.signedOff()))
                // The submitted supervisor assessment would meet 1.1: it counts for no one until signed off.
                .body("areas.find { it.code == '1.1' }.status", equalTo("NOT_ASSESSED"))
                .extract().asString();
        assertThat(hr).doesNotContain(SENTINEL, s.self(), s.unsigned(), s.observation().toString());
    }

    @Test
    void hrSeesNoSelfRatingEvenOnceTheSelfAssessmentIsSignedOffOnlyItsEvidence() {
        Scenario s = scenario("R9A");
        post(s.team().supervisorToken(), "/v1/assessments/" + s.self() + "/sign-off").statusCode(200);
        as(s.team().superviseeToken()).get(s.worker("competence-profile")).then().statusCode(200)
                .body(statement("1.1.1.1") + ".selfRating.assessmentId", equalTo(s.self()));
        as(s.hr()).get(s.worker("competence-profile")).then().statusCode(200)
                .body("areas.statements.flatten().selfRating", everyItem(nullValue()))
                .body(statement("1.1.1.1") + ".evidence.title", contains(SENTINEL))
                .body(statement("1.1.1.1") + ".attained", nullValue())
                .body("areas.find { it.code == '1.1' }.status", equalTo("NOT_ASSESSED"));
    }

    @Test
    void hrReadsTheSamePlanAsTheWorkerForNothingThatIsNotSignedOffClosesAGap() {
        Scenario s = scenario("R9A");
        String worker = as(s.team().superviseeToken()).get(s.worker("development-plan")).then().statusCode(200)
                .body("met", contains("1.2"))
                .body("goals.area", contains("1.1"))
                .body("goals[0].status", equalTo("NOT_ASSESSED"))
                .body("goals[0].attained", nullValue())
                .body("goals[0].statements", contains("1.1.1.1", "1.1.1.2"))
                .extract().asString();
        assertThat(as(s.team().supervisorToken()).get(s.worker("development-plan")).then().statusCode(200)
                .extract().asString()).isEqualTo(worker);
        assertThat(as(s.hr()).get(s.worker("development-plan")).then().statusCode(200).extract().asString())
                .isEqualTo(worker);
    }

    @Test
    void hrsSummaryCountsOnlySignedOffOutcomesAndNoWorkerKnownOnlyFromWhatIsNotSignedOff() {
        Scenario s = scenario("R9B");
        String summary = "/v1/competence-summary?frameworkVersionId=" + s.version();
        int workers = as(s.hr()).get(summary).then().statusCode(200)
                .body("areas.find { it.area == '1.1' }.met", equalTo(0))
                .body("areas.find { it.area == '1.1' }.developing", equalTo(0))
                .body("areas.find { it.area == '1.2' }.met", equalTo(1))
                .extract().path("workers");
        // A worker off the roster, known here only from a submitted self-assessment.
        String outsider = Fixtures.newWorkerId();
        submitted(Fixtures.psw("R9B", outsider), "SELF", s.version(), null, "1.1.1.1", "1.1.1.2");
        as(s.hr()).get(summary).then().statusCode(200)
                .body("workers", equalTo(workers))
                .body("areas.find { it.area == '1.1' }.met", equalTo(0))
                .body("areas.find { it.area == '1.1' }.developing", equalTo(0));
        String profile = "/v1/workers/" + outsider + "/competence-profile?frameworkVersionId=" + s.version();
        as(s.hr()).get(profile).then().spec(problem(404, "not-found"));
        as(Fixtures.psw("R9B", outsider)).get(profile).then().statusCode(200)
                .body(statement("1.1.1.2") + ".selfRating.level.value", equalTo(4));
    }

    @Test
    void hrListsAWorkersSignedOffAssessmentsOnlyWhateverTheFilter() {
        Scenario s = scenario("R9A");
        String list = "/v1/assessments?workerId=" + s.team().supervisee();
        String hr = as(s.hr()).get(list).then().statusCode(200)
                .body("items.id", contains(s.signedOff()))
                .extract().asString();
        assertThat(hr).doesNotContain(SENTINEL, s.self(), s.unsigned());
        as(s.hr()).get(list + "&status=SUBMITTED").then().statusCode(200).body("items", empty());
        as(s.hr()).get(list + "&kind=SELF").then().statusCode(200).body("items", empty());
        for (String seesAll : List.of(s.team().superviseeToken(), s.team().supervisorToken())) {
            as(seesAll).get(list).then().statusCode(200)
                    .body("items.id", containsInAnyOrder(s.signedOff(), s.self(), s.unsigned()))
                    .body("items.find { it.id == '" + s.self() + "' }.ratings[0].comment", equalTo(SENTINEL))
                    .body("items.find { it.id == '" + s.unsigned() + "' }.evidence[0].title", equalTo(SENTINEL));
        }
    }

    @Test
    void hrReadsASignedOffAssessmentWithoutWhyItWasReturnedAndNoneThatIsNotSignedOff() {
        Scenario s = scenario("R9A");
        Fixtures.Team team = s.team();
        String id = Fixtures.start(team.supervisorToken(), "SUPERVISOR", s.version(), team.supervisee(), null);
        rate(team.supervisorToken(), id, "1.2.1", 2).statusCode(200);
        post(team.supervisorToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        as(team.secondSupervisorToken()).body("{\"reason\":\"" + SENTINEL + "\"}")
                .post("/v1/assessments/" + id + "/return").then().statusCode(200);
        rate(team.supervisorToken(), id, "1.2.1", 3).statusCode(200);
        post(team.supervisorToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        post(team.secondSupervisorToken(), "/v1/assessments/" + id + "/sign-off").statusCode(200);

        as(s.hr()).get("/v1/assessments/" + id).then().statusCode(200)
                .body("status", equalTo("SIGNED_OFF"))
                .body("ratings[0].value", equalTo(3))
                .body("returnedAt", notNullValue())
                .body("returnReason", nullValue());
        as(s.hr()).get("/v1/assessments?workerId=" + team.supervisee()).then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.returnReason", everyItem(nullValue()));
        for (String seesAll : List.of(team.superviseeToken(), team.supervisorToken(), s.hrAndSupervisor())) {
            as(seesAll).get("/v1/assessments/" + id).then().statusCode(200).body("returnReason", equalTo(SENTINEL));
        }
        as(s.hr()).get("/v1/assessments/" + s.self()).then().spec(problem(404, "not-found"));
        as(s.hr()).get("/v1/assessments/" + s.unsigned()).then().spec(problem(404, "not-found"));
    }
}
