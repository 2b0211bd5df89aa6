package org.pswcp.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AssessmentTest {

    @Inject
    DataSource dataSource;

    @Test
    void aWorkerSubmitsASelfAssessmentAndAssessmentSubmittedGoesOutOnce() {
        UUID versionId = Fixtures.publishedVersion();
        String workerId = Fixtures.newWorkerId();
        String psw = Fixtures.psw("R9A", workerId);
        String id = Fixtures.draftSelfAssessment(psw, versionId);

        given().header("Authorization", psw).post("/v1/assessments/" + id + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        ConsumerRecord<String, String> record = CloudEvents.onlyOneWithKey("assessment.events", workerId,
                Duration.ofSeconds(20));
        assertThat(CloudEvents.header(record, "ce_type")).isEqualTo("org.pswcp.assessment.submitted.v1");
        assertThat(CloudEvents.header(record, "ce_organisation")).isEqualTo("R9A");
        assertThat(CloudEvents.header(record, "ce_subject")).isEqualTo("assessments/" + id);
        assertThat(record.value()).contains("\"assessmentId\":\"" + id + "\"", "\"workerId\":\"" + workerId + "\"",
                "\"kind\":\"SELF\"");
    }

    @Test
    void submittingTwiceIsAConflictAndAnnouncesNothingMore() {
        String workerId = Fixtures.newWorkerId();
        String psw = Fixtures.psw("R9A", workerId);
        String id = Fixtures.draftSelfAssessment(psw, Fixtures.publishedVersion());
        given().header("Authorization", psw).post("/v1/assessments/" + id + "/submission").then().statusCode(200);
        given().header("Authorization", psw).post("/v1/assessments/" + id + "/submission")
                .then().spec(problem(409, "conflict"));
        assertThat(new Db(dataSource).count("select count(*) from kit.outbox_event where event_key = ?", workerId))
                .isEqualTo(1);
    }

    @Test
    void anUnknownFrameworkVersionIsA400NamingTheFieldAndStoresNothing() {
        String workerId = Fixtures.newWorkerId();
        given().header("Authorization", Fixtures.psw("R9A", workerId)).contentType(ContentType.JSON)
                .body("{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + UUID.randomUUID() + "\"}")
                .post("/v1/assessments")
                .then().spec(problem(400, "validation-failed"))
                .body("errors[0].field", equalTo("frameworkVersionId"));
        given().header("Authorization", Fixtures.psw("R9A", workerId)).contentType(ContentType.JSON)
                .body("{\"kind\":\"SOMETIMES\",\"frameworkVersionId\":\"" + UUID.randomUUID() + "\"}")
                .post("/v1/assessments")
                .then().spec(problem(400, "validation-failed"))
                .body("errors[0].field", equalTo("kind"));
        assertThat(new Db(dataSource).count("select count(*) from assessment where subject_worker_id = ?",
                workerId)).isZero();
    }

    @Test
    void aWorkerSeesOnlyTheirOwnAssessments() {
        String id = Fixtures.draftSelfAssessment(Fixtures.psw("R9A", Fixtures.newWorkerId()),
                Fixtures.publishedVersion());
        given().header("Authorization", Fixtures.psw("R9A", Fixtures.newWorkerId())).get("/v1/assessments/" + id)
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void hrSeesTheirOrganisationsAssessmentsAndNoOtherOrganisations() {
        String id = Fixtures.draftSelfAssessment(Fixtures.psw("R9A", Fixtures.newWorkerId()),
                Fixtures.publishedVersion());
        given().header("Authorization", Fixtures.hr("R9A")).get("/v1/assessments/" + id)
                .then().statusCode(200).body("organisation", equalTo("R9A"));
        given().header("Authorization", Fixtures.hr("R9B")).get("/v1/assessments/" + id)
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void onlyTheAuthorSubmits() {
        String workerId = Fixtures.newWorkerId();
        String id = Fixtures.draftSelfAssessment(Fixtures.psw("R9A", workerId), Fixtures.publishedVersion());
        String sameWorkerOtherLogin = Tokens.user("other-login").subject("another-subject").roles(Roles.PSW)
                .organisation("R9A").workerId(workerId).bearer();
        given().header("Authorization", sameWorkerOtherLogin).post("/v1/assessments/" + id + "/submission")
                .then().spec(problem(403, "forbidden"));
    }

    @Test
    void rolesOutsideTheEndpointAreRefused() {
        UUID versionId = Fixtures.publishedVersion();
        given().header("Authorization", Fixtures.hr("R9A")).contentType(ContentType.JSON)
                .body("{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + versionId + "\"}")
                .post("/v1/assessments").then().spec(problem(403, "forbidden"));
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + versionId + "\"}")
                .post("/v1/assessments").then().spec(problem(401, "unauthenticated"));
        String supervisor = Tokens.user("sam").roles(Roles.SUPERVISOR).organisation("R9A").bearer();
        String id = Fixtures.draftSelfAssessment(Fixtures.psw("R9A", Fixtures.newWorkerId()), versionId);
        given().header("Authorization", supervisor).get("/v1/assessments/" + id)
                .then().spec(problem(403, "forbidden"));
    }

    @Test
    void aPswTokenWithoutAWorkerIdCannotStartAnAssessment() {
        String noWorker = Tokens.user("nobody").roles(Roles.PSW).organisation("R9A").bearer();
        given().header("Authorization", noWorker).contentType(ContentType.JSON)
                .body("{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + Fixtures.publishedVersion() + "\"}")
                .post("/v1/assessments").then().spec(problem(403, "forbidden"));
    }
}
