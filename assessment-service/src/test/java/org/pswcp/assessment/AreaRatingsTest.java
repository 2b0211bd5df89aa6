package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.assessment.Fixtures.post;
import static org.pswcp.assessment.Fixtures.rateArea;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Areas without statements (the meta-competences 7.1, the organisational competences 9.1 and 9.2) are rated as a whole
 * by areaCode, with evidence, and count like any other area: in sign-off, profiles, plans and HR's summary.
 */
@QuarkusTest
class AreaRatingsTest {

    @Inject
    DataSource db;

    @Test
    void anOrganisationalAssessmentOfTheOrganisationAndOfATeamShowsTheirOwnLevelsInHrsSummary() {
        UUID version = Fixtures.publishedVersionWithAreasRatedAsWhole();
        String organisation = "R9C";
        String hr = Fixtures.hr(organisation);
        String id = Fixtures.start(hr, "ORGANISATIONAL", version, null, null);
        as(hr).body("{\"ratings\":[{\"areaCode\":\"9.1\",\"value\":2,\"comment\":\"Recruitment ad hoc\"},"
                + "{\"areaCode\":\"9.2\",\"value\":3}]}").put("/v1/assessments/" + id + "/ratings").then()
                .statusCode(200)
                .body("scope", contains("9.1", "9.2"))
                .body("ratings.areaCode", contains("9.1", "9.2"))
                .body("ratings[0].statementCode", nullValue())
                .body("ratings[0].level", equalTo("developing"));
        as(hr).body("{\"title\":\"Supervision policy\",\"kind\":\"DOCUMENT\",\"areaCodes\":[\"9.2\"]}")
                .post("/v1/assessments/" + id + "/evidence").then().statusCode(201)
                .body("areaCodes", contains("9.2")).body("statementCodes", empty());
        post(hr, "/v1/assessments/" + id + "/submission").statusCode(200);
        post(Fixtures.otherHr(organisation), "/v1/assessments/" + id + "/sign-off").statusCode(200);

        String draft = Fixtures.start(hr, "ORGANISATIONAL", version, null, null);
        String crisis = as(hr).body("{\"kind\":\"ORGANISATIONAL\",\"frameworkVersionId\":\"" + version
                + "\",\"team\":\"Crisis team\",\"scope\":[\"9.1\"]}").post("/v1/assessments").then().statusCode(201)
                .extract().path("id");
        rateArea(hr, crisis, "9.1", 4).statusCode(200);
        post(hr, "/v1/assessments/" + crisis + "/submission").statusCode(200);
        post(Fixtures.otherHr(organisation), "/v1/assessments/" + crisis + "/sign-off").statusCode(200);
        rateArea(hr, draft, "9.1", 1).statusCode(200); // a draft counts for nothing

        as(hr).get("/v1/competence-summary?frameworkVersionId=" + version).then().statusCode(200)
                .body("areas.area", contains("1.1", "1.2", "7.1"))
                .body("organisationalAreas.area", contains("9.1", "9.2"))
                .body("organisationalAreas[0].status", equalTo("DEVELOPING"))
                .body("organisationalAreas[0].level.value", equalTo(2))
                .body("organisationalAreas[0].assessmentId", equalTo(id))
                .body("organisationalAreas[1].status", equalTo("MET"))
                .body("organisationalAreas[1].level.code", equalTo("competent"))
                .body("teams.team", contains("Crisis team"))
                .body("teams[0].areas[0].level.value", equalTo(4))
                .body("teams[0].areas[0].assessmentId", equalTo(crisis))
                .body("teams[0].areas[1].status", equalTo("NOT_ASSESSED"));
    }

    @Test
    void aBadAreaRatingOrEvidenceIsRefusedNamingTheFieldAndNothingIsStored() {
        UUID version = Fixtures.publishedVersionWithAreasRatedAsWhole();
        String token = Fixtures.psw("R9A", Fixtures.newWorkerId());
        String id = Fixtures.start(token, "SELF", version, null, "[\"1.1\"]");
        as(token).body("{\"ratings\":[{\"areaCode\":\"1.2\",\"value\":3},"
                + "{\"areaCode\":\"7.1\",\"value\":3},"
                + "{\"statementCode\":\"1.1.1.1\",\"areaCode\":\"7.1\",\"value\":3},"
                + "{\"value\":3},"
                + "{\"areaCode\":\"6.6\",\"value\":3},"
                + "{\"statementCode\":\"7.1\",\"value\":3},"
                + "{\"statementCode\":\"1.1.1.1\",\"value\":3}]}")
                .put("/v1/assessments/" + id + "/ratings").then().spec(problem(400, "validation-failed"))
                .body("errors.field", contains("ratings[0].areaCode", "ratings[1].areaCode", "ratings[2].areaCode",
                        "ratings[3].statementCode", "ratings[4].areaCode", "ratings[5].statementCode"))
                .body("errors.message", contains(
                        "is an area with statements: rate its statements by statementCode; only an area without"
                                + " statements is rated as a whole",
                        "is outside this assessment's scope",
                        "must be absent when statementCode is given: a rating is of one statement, or of one area"
                                + " without statements",
                        "is required, unless areaCode names an area without statements",
                        "is not a competence area of mh-psw/w-" + version.toString().substring(0, 8),
                        "is an area without statements: rate it as a whole by areaCode"));
        as(token).body("{\"title\":\"Log\",\"kind\":\"REFLECTION\",\"statementCodes\":[\"1.1.1.1\"],"
                + "\"areaCodes\":[\"7.1\",\"1.1\",\"8.8\"]}")
                .post("/v1/assessments/" + id + "/evidence").then().spec(problem(400, "validation-failed"))
                .body("errors.field", contains("areaCodes[1]", "areaCodes[2]"));

        Db rows = new Db(db);
        assertThat(rows.count("select count(*) from rating where assessment_id = ?", UUID.fromString(id))).isZero();
        assertThat(rows.count("select count(*) from evidence where assessment_id = ?", UUID.fromString(id))).isZero();
        post(token, "/v1/assessments/" + id + "/submission").spec(problem(409, "conflict"));
    }

    @Test
    void aSupervisorRatesTheMetaCompetencesAsAWholeAndTheProfilePlanAndSummaryCountIt() {
        UUID version = Fixtures.publishedVersionWithAreasRatedAsWhole();
        Fixtures.Team team = Fixtures.Team.in(db, "R9D");
        String plan = "/v1/workers/" + team.supervisee() + "/development-plan?frameworkVersionId=" + version;
        as(team.superviseeToken()).get(plan).then().statusCode(200)
                .body("goals.area", hasItem("7.1")).body("met", not(hasItem("7.1")));

        String id = Fixtures.start(team.supervisorToken(), "SUPERVISOR", version, team.supervisee(), null);
        rateArea(team.supervisorToken(), id, "7.1", 1).statusCode(200);
        as(team.supervisorToken()).delete("/v1/assessments/" + id + "/ratings/7.1").then().statusCode(200)
                .body("ratings", empty());
        rateArea(team.supervisorToken(), id, "7.1", 3).statusCode(200).body("ratings[0].areaCode", equalTo("7.1"));
        as(team.supervisorToken()).body("{\"title\":\"Judgement in a hard conversation\",\"kind\":\"OBSERVATION\","
                + "\"areaCodes\":[\"7.1\"]}").post("/v1/assessments/" + id + "/evidence").then().statusCode(201);
        post(team.supervisorToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        post(team.secondSupervisorToken(), "/v1/assessments/" + id + "/sign-off").statusCode(200);
        String self = Fixtures.start(team.superviseeToken(), "SELF", version, null, "[\"7.1\"]");
        rateArea(team.superviseeToken(), self, "7.1", 4).statusCode(200);
        post(team.superviseeToken(), "/v1/assessments/" + self + "/submission").statusCode(200);

        as(team.superviseeToken()).get("/v1/workers/" + team.supervisee() + "/competence-profile?frameworkVersionId="
                + version).then().statusCode(200)
                .body("areas.code", contains("1.1", "1.2", "7.1"))
                .body("areas[2].ratedAsWhole", equalTo(true))
                .body("areas[2].statements", empty())
                .body("areas[2].status", equalTo("MET"))
                .body("areas[2].level.code", equalTo("competent"))
                .body("areas[2].attained.assessmentId", equalTo(id))
                .body("areas[2].evidence.title", contains("Judgement in a hard conversation"))
                .body("areas[2].selfRating.level.value", equalTo(4))
                .body("areas[0].ratedAsWhole", equalTo(false));
        as(team.superviseeToken()).get(plan).then().statusCode(200)
                .body("met", hasItem("7.1")).body("goals.area", not(hasItem("7.1")));
        as(Fixtures.hr("R9D")).get("/v1/workers/" + team.supervisee() + "/competence-profile?frameworkVersionId="
                + version).then().statusCode(200)
                .body("areas[2].level.value", equalTo(3))
                .body("areas[2].selfRating", nullValue());
        as(Fixtures.hr("R9D")).get("/v1/competence-summary?frameworkVersionId=" + version).then().statusCode(200)
                .body("areas[2].area", equalTo("7.1"))
                .body("areas[2].met", greaterThanOrEqualTo(1));

        List<ConsumerRecord<String, String>> changes = CloudEvents.exactlyWithKey(Events.ASSESSMENT_TOPIC,
                team.supervisee(), 4, Duration.ofSeconds(20)).stream()
                .filter(r -> Events.COMPETENCE_LEVEL_CHANGED.equals(CloudEvents.header(r, "ce_type")))
                .toList();
        assertThat(changes).hasSize(1);
        EventContracts.assertAllConform(changes);
        assertThat(changes.get(0).value()).contains("\"areaCode\":\"7.1\"", "\"level\":3", "\"status\":\"MET\"");
    }
}
