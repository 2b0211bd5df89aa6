package org.pswcp.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.assessment.Fixtures.post;
import static org.pswcp.testkit.Problems.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A worker's subject access export: ana, a senior PSW, has two supervisors and supervises ben. Her export holds
 * everything about her (marked ANA): her returned and her submitted self-assessment, a supervisor's draft about her, a
 * signed-off assessment, an observation, her profile and plan as she sees them; HR's copy on her behalf only what HR
 * sees anywhere, the signed-off outcome. Never what is about ben (marked BEN: his self-assessment, and what ana wrote
 * about him, which is listed without its content) or about the organisation (marked ORG). Every export is audited.
 */
@QuarkusTest
class SubjectAccessTest {

    private static final String ANA = "ANA" + UUID.randomUUID().toString().replace("-", "");
    private static final String BEN = "BEN" + UUID.randomUUID().toString().replace("-", "");
    private static final String ORG = "ORG" + UUID.randomUUID().toString().replace("-", "");

    @Inject
    DataSource db;

    @Test
    void aWorkersExportHoldsEverythingAboutThemAndNothingAboutAnyoneElse() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String ana = team.supervisee();
        String anaAsSupervisor = Fixtures.supervisor("R9A", ana);
        String ben = Fixtures.newWorkerId();
        Fixtures.worker(db, "R9A", ben, "PSW");
        Fixtures.agreement(db, "R9A", ana, ben);

        String returnedSelf = assessment(team.superviseeToken(), "SELF", version, null, "1.1.1.1", ANA + " returned");
        post(team.superviseeToken(), "/v1/assessments/" + returnedSelf + "/submission").statusCode(200);
        as(team.supervisorToken()).body("{\"reason\":\"" + ANA + " return reason\"}")
                .post("/v1/assessments/" + returnedSelf + "/return").then().statusCode(200);
        String submittedSelf = assessment(team.superviseeToken(), "SELF", version, null, "1.1.1.2", ANA + " self");
        post(team.superviseeToken(), "/v1/assessments/" + submittedSelf + "/submission").statusCode(200);
        String supervisorsDraft = assessment(team.supervisorToken(), "SUPERVISOR", version, ana, "1.2.1",
                ANA + " draft");
        String signedOff = Fixtures.signedOffSupervisorAssessment(team, version, "1.2.1", 3);
        UUID observation = Fixtures.observation(db, "R9A", ana, team.supervisor(), version, "1.1.1.2", "competent");

        String bensSelf = assessment(Fixtures.psw("R9A", ben), "SELF", version, null, "1.2.1", BEN + " self");
        String anaAboutBen = assessment(anaAsSupervisor, "SUPERVISOR", version, ben, "1.2.1", BEN + " by ana");
        post(anaAsSupervisor, "/v1/assessments/" + anaAboutBen + "/submission").statusCode(200);
        String organisational = assessment(Fixtures.hr("R9A"), "ORGANISATIONAL", version, null, "9.1.1", ORG);

        // ana asks: everything about her, as she sees it.
        String export = as(team.superviseeToken()).get("/v1/workers/" + ana + "/subject-access").then()
                .statusCode(200)
                .body("service", equalTo("assessment-service"))
                .body("workerId", equalTo(ana))
                .body("organisation", equalTo("R9A"))
                .body("worker.role", equalTo("PSW"))
                .body("supervisionLinks.role", containsInAnyOrder("SUPERVISEE", "SUPERVISEE", "SUPERVISOR"))
                .body("supervisionLinks.find { it.role == 'SUPERVISOR' }.superviseeWorkerId", equalTo(ben))
                .body("assessments.id", contains(returnedSelf, submittedSelf, supervisorsDraft, signedOff))
                .body("assessments[0].status", equalTo("RETURNED"))
                .body("assessments[0].returnReason", equalTo(ANA + " return reason"))
                .body("assessments[0].ratings[0].comment", equalTo(ANA + " returned"))
                .body("assessments[1].evidence[0].title", equalTo(ANA + " self"))
                .body("assessments[2].status", equalTo("DRAFT"))
                .body("assessments[2].ratings[0].comment", equalTo(ANA + " draft"))
                .body("assessments[3].status", equalTo("SIGNED_OFF"))
                .body("assessmentsByYou.id", contains(anaAboutBen))
                .body("assessmentsByYou[0].workerId", equalTo(ben))
                .body("assessmentsByYou[0].authored", equalTo(true))
                .body("observations.observationId", contains(observation.toString()))
                .body("competence.frameworkVersionId", contains(version.toString()))
                // As ana sees her profile: her self-rating and the observation beside the signed-off outcome.
                .body(statement("1.1.1.2") + ".selfRating.assessmentId", equalTo(submittedSelf))
                .body(statement("1.1.1.2") + ".evidence.id", hasItem(observation.toString()))
                .body(statement("1.2.1") + ".attained.assessmentId", equalTo(signedOff))
                .body("competence[0].developmentPlan.roleProfile", equalTo("psw"))
                .body("auditEvents.findAll { it.resourceId == '" + returnedSelf + "' }.action",
                        hasItem("assessment.return"))
                .extract().asString();
        assertThat(export).doesNotContain(BEN).doesNotContain(ORG).doesNotContain(bensSelf)
                .doesNotContain(organisational);
        // HR on her behalf: what HR sees anywhere, the signed-off outcome; no draft, self-rating, reason or
        // observation.
        String hrs = as(Fixtures.hr("R9A")).get("/v1/workers/" + ana + "/subject-access").then().statusCode(200)
                .body("assessments.id", contains(signedOff))
                .body("observations", empty())
                .body(statement("1.1.1.2") + ".selfRating", nullValue())
                .body(statement("1.2.1") + ".attained.assessmentId", equalTo(signedOff))
                .extract().asString();
        assertThat(hrs).doesNotContain(ANA).doesNotContain(BEN).doesNotContain(ORG)
                .doesNotContain(observation.toString());
        assertThat(new Db(db).count("select count(*) from kit.audit_event where action = 'subject-access.export'"
                + " and resource_id = ? and outcome = 'SUCCEEDED'", ana)).isEqualTo(2);

        // ana's own actions are hers when she asks; HR, asking for her, gets the trail about her and her assessments.
        as(team.superviseeToken()).get("/v1/workers/" + ana + "/subject-access").then().statusCode(200)
                .body("auditEvents.resourceId", hasItem(anaAboutBen));
        as(Fixtures.hr("R9A")).get("/v1/workers/" + ana + "/subject-access").then().statusCode(200)
                .body("auditEvents.resourceId", not(hasItem(anaAboutBen)));

        // ben's export holds what ana wrote about him, in full, and nothing about her.
        String bens = as(Fixtures.psw("R9A", ben)).get("/v1/workers/" + ben + "/subject-access").then()
                .statusCode(200)
                .body("assessments.id", contains(bensSelf, anaAboutBen))
                .body("assessments[1].ratings[0].comment", equalTo(BEN + " by ana"))
                .body("assessmentsByYou", empty())
                .extract().asString();
        assertThat(bens).doesNotContain(ANA).doesNotContain(ORG);
    }

    @Test
    void aWorkersLearningRecordsAreInTheirExportAndInHrsCopyWithdrawnOnesToo() {
        UUID version = Fixtures.publishedVersion();
        String worker = Fixtures.newWorkerId();
        Fixtures.worker(db, "R9A", worker, "PSW");
        String standing = Fixtures.recordLearning(Fixtures.learningSystem("R9A"), worker, Fixtures.completion(
                "LMS-" + UUID.randomUUID(), version, "UNIT 1.2", LocalDate.now(), "Recovery College", null));
        String withdrawn = Fixtures.recordLearning(Fixtures.otherLearningSystem("R9A"), worker, Fixtures.completion(
                "LMS-" + UUID.randomUUID(), version, "UNIT 1.1", LocalDate.now(), "Academy", null));
        as(Fixtures.otherLearningSystem("R9A")).delete("/v1/workers/" + worker + "/learning-records/" + withdrawn)
                .then().statusCode(200);
        // Someone else's record is not in it.
        Fixtures.worker(db, "R9A", "X" + worker, "PSW");
        String someoneElses = Fixtures.recordLearning(Fixtures.learningSystem("R9A"), "X" + worker,
                Fixtures.completion("LMS-" + UUID.randomUUID(), version, "UNIT 1.2", LocalDate.now(), "College",
                        null));

        for (String asker : List.of(Fixtures.psw("R9A", worker), Fixtures.hr("R9A"))) {
            String export = as(asker).get("/v1/workers/" + worker + "/subject-access").then().statusCode(200)
                    .body("learningRecords.id", contains(standing, withdrawn))
                    .body("learningRecords.status", contains("RECORDED", "WITHDRAWN"))
                    .body("learningRecords[0].provider", equalTo("Recovery College"))
                    .body("competence.frameworkVersionId", contains(version.toString()))
                    .body("competence[0].developmentPlan.completedUnits.unitCode", contains("UNIT 1.2"))
                    .body("auditEvents.findAll { it.resourceId == '" + withdrawn + "' }.action",
                            hasItem("learning-record.withdraw"))
                    .extract().asString();
            assertThat(export).doesNotContain(someoneElses);
        }
    }

    @Test
    void nobodyButTheWorkerAndTheirOrganisationsHrMayExport() {
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String path = "/v1/workers/" + team.supervisee() + "/subject-access";
        as(Fixtures.psw("R9A", Fixtures.newWorkerId())).get(path).then().spec(problem(404, "not-found"));
        as(team.supervisorToken()).get(path).then().spec(problem(404, "not-found"));
        as(Fixtures.hr("R9B")).get(path).then().spec(problem(404, "not-found"));
        as(Tokens.user("aud").roles(Roles.AUDITOR).organisation("R9A").bearer()).get(path).then()
                .spec(problem(403, "forbidden"));
        given().get(path).then().spec(problem(401, "unauthenticated"));

        // HR exports only a worker this service knows; a worker may always ask, and hears that nothing is held.
        String stranger = Fixtures.newWorkerId();
        as(Fixtures.hr("R9A")).get("/v1/workers/" + stranger + "/subject-access").then()
                .spec(problem(404, "not-found"));
        as(Fixtures.psw("R9A", stranger)).get("/v1/workers/" + stranger + "/subject-access").then()
                .statusCode(200)
                .body("worker", nullValue())
                .body("assessments", empty())
                .body("competence", empty());
        assertThat(new Db(db).count("select count(*) from kit.audit_event where action = 'subject-access.export'"
                + " and resource_id = ? and outcome = 'REJECTED'", team.supervisee())).isEqualTo(3);
    }

    /** An assessment rating one statement 3, with {@code text} as the rating's comment and the evidence's title. */
    private static String assessment(String author, String kind, UUID version, String workerId, String code,
            String text) {
        String id = Fixtures.start(author, kind, version, workerId, null);
        as(author).body("{\"ratings\":[{\"statementCode\":\"" + code + "\",\"value\":3,\"comment\":\"" + text
                + "\"}]}").put("/v1/assessments/" + id + "/ratings").then().statusCode(200);
        as(author).body("{\"title\":\"" + text + "\",\"kind\":\"REFLECTION\",\"statementCodes\":[\"" + code + "\"]}")
                .post("/v1/assessments/" + id + "/evidence").then().statusCode(201);
        return id;
    }

    private static String statement(String code) {
        return "competence[0].competenceProfile.areas.statements.flatten().find { it.code == '" + code + "' }";
    }
}
