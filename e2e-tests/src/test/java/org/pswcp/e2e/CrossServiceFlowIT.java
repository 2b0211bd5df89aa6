package org.pswcp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.WorkerIds;

/**
 * The platform as integrators meet it: real Keycloak tokens, three packaged services, events through a real Kafka
 * broker. A version published in framework-service becomes assessable in assessment-service; a submitted
 * self-assessment becomes an item on the worker's supervision agenda.
 */
class CrossServiceFlowIT {

    @Test
    void aPublishedVersionIsAssessedAndTheSubmissionReachesTheSupervisionAgenda() {
        String editor = Stack.userToken("ed.editor");
        String alex = Stack.userToken("alex.psw");
        String framework = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

        Stack.as(editor, Stack.FRAMEWORK).body(smallPackage(framework, "v1"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/v1/frameworks/" + framework + "/versions").then().statusCode(201);
        String versionId = Stack.as(editor, Stack.FRAMEWORK)
                .post("/v1/frameworks/" + framework + "/versions/v1/publication")
                .then().statusCode(200).extract().path("id");

        // framework.events -> assessment-service's own copy
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Stack.as(alex, Stack.ASSESSMENT)
                .get("/v1/framework-versions").then().statusCode(200)
                .body("items.versionId", hasItem(versionId)));

        String assessmentId = Stack.as(alex, Stack.ASSESSMENT)
                .body("{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + versionId + "\"}")
                .post("/v1/assessments").then().statusCode(201)
                .body("workerId", equalTo("10000001")).body("organisation", equalTo("R9A"))
                .extract().path("id");
        Stack.as(alex, Stack.ASSESSMENT).body("{\"ratings\":[{\"statementCode\":\"1.1.1\",\"value\":1}]}")
                .put("/v1/assessments/" + assessmentId + "/ratings").then().statusCode(200);
        Stack.as(alex, Stack.ASSESSMENT).post("/v1/assessments/" + assessmentId + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        // assessment.events -> supervision-service's agenda for the worker
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Stack.as(alex, Stack.SUPERVISION)
                .get("/v1/workers/10000001/agenda").then().statusCode(200)
                .body("items.resource", hasItem("/v1/assessments/" + assessmentId)));
    }

    /** A small framework package: one domain, one area, one statement, one unit. */
    static String smallPackage(String framework, String version) {
        return """
                {"format": "pswcp-framework-package/1",
                 "framework": {"code": "%s", "title": "End-to-end framework"},
                 "version": {"code": "%s", "title": "First", "stage": "publication"},
                 "ratingScale": {"code": "two", "title": "Two levels", "levels": [
                   {"value": 1, "code": "not-yet", "label": "Not yet", "description": "Not yet.", "met": false},
                   {"value": 2, "code": "met", "label": "Met", "description": "Met.", "met": true}]},
                 "domains": [{"code": "1", "title": "Knowing", "kind": "CORE", "areas": [
                   {"code": "1.1", "title": "Knowing the law", "statements": [
                     {"code": "1.1.1", "kind": "STATEMENT", "text": "An ability to draw on knowledge of consent",
                      "children": []}]}]}],
                 "curriculum": {"sections": [{"code": "1", "title": "Basics", "units": [
                   {"code": "UNIT 1.1", "title": "The law", "aims": ["To know the law"], "areas": ["1.1"],
                    "statements": ["1.1.1"]}]}]},
                 "roleProfiles": [], "lineage": []}""".formatted(framework, version);
    }

    @Test
    void theShippedFrameworkIsPublicAndSearchable() {
        given().baseUri(Stack.FRAMEWORK).queryParam("q", "informed consent")
                .get("/v1/frameworks/mh-psw/versions/2020-10/search").then().statusCode(200)
                .body("items[0].exactPhrase", equalTo(true));
        given().baseUri(Stack.FRAMEWORK).queryParam("from", "2020-02").queryParam("to", "2020-10")
                .get("/v1/frameworks/mh-psw/comparisons").then().statusCode(200)
                .body("moved.fromCode", hasItem("UNIT 1.2"));
    }

    @Test
    void anHrSystemPushesItsRosterWithClientCredentialsAndSeesOnlyItsOwnTrust() {
        String r9a = Stack.clientToken("hr-system-r9a", "hr-r9a-local-secret");
        String r9b = Stack.clientToken("hr-system-r9b", "hr-r9b-local-secret");
        String workerId = WorkerIds.fresh();

        Stack.as(r9a, Stack.SUPERVISION)
                .body("{\"role\":\"PSW\",\"team\":\"Crisis team\",\"startDate\":\"2026-01-05\"}")
                .put("/v1/workers/" + workerId).then().statusCode(201).body("organisation", equalTo("R9A"));
        Stack.as(r9a, Stack.SUPERVISION).get("/v1/workers/" + workerId).then().statusCode(200);
        Stack.as(r9b, Stack.SUPERVISION).get("/v1/workers/" + workerId).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anotherTrustCannotSeeAnAssessmentAndTheAuditorSeesWhoDidWhat() {
        String alex = Stack.userToken("alex.psw");
        List<String> versions = Stack.as(alex, Stack.ASSESSMENT).get("/v1/framework-versions")
                .then().statusCode(200).extract().path("items.findAll { it.versionCode == '2020-10' }.versionId");
        assertThat(versions).as("the demo or an earlier test published a version").isNotEmpty();
        String requestId = "e2e-" + UUID.randomUUID();
        String assessmentId = Stack.as(alex, Stack.ASSESSMENT).header("X-Request-ID", requestId)
                .body("{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + versions.get(0) + "\"}")
                .post("/v1/assessments").then().statusCode(201).header("X-Request-ID", requestId)
                .extract().path("id");

        Stack.as(Stack.userToken("hal.hr"), Stack.ASSESSMENT).get("/v1/assessments/" + assessmentId)
                .then().statusCode(404);
        // HR sees outcomes: a draft is the worker's own business until it is signed off.
        Stack.as(Stack.userToken("hana.hr"), Stack.ASSESSMENT).get("/v1/assessments/" + assessmentId)
                .then().statusCode(404);
        Stack.as(Stack.userToken("aud.auditor"), Stack.ASSESSMENT).queryParam("resourceId", assessmentId)
                .get("/v1/audit-events").then().statusCode(200)
                .body("items[0].action", equalTo("assessment.create"))
                .body("items[0].actorName", equalTo("alex.psw"))
                .body("items[0].requestId", equalTo(requestId));
    }

    @Test
    void aForgedTokenIsRefused() {
        String alex = Stack.userToken("alex.psw");
        String[] parts = alex.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().baseUri(Stack.ASSESSMENT).header("Authorization", "Bearer " + forged)
                .get("/v1/framework-versions").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
