package org.pswcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The README's walk-through, with real tokens against the running services: a peer support worker self-assesses and
 * submits; their senior PSW sees it, signs it off and assesses them; their clinical supervisor signs that off; the
 * worker's profile and development plan change; HR reads the organisation's summary.
 */
class AssessmentWalkthroughIT {

    @Test
    void aWorkerIsAssessedSignedOffAndTheirProfilePlanAndTheSummaryFollow() {
        String alex = Stack.userToken("alex.psw");
        String sam = Stack.userToken("sam.supervisor");
        String cleo = Stack.userToken("cleo.clinician");
        String hana = Stack.userToken("hana.hr");
        String version = Stack.as(alex, Stack.ASSESSMENT).get("/v1/framework-versions").then().statusCode(200)
                .extract().path("items.find { it.versionCode == '2020-10' }.versionId");
        List<String> statements = Stack.as(alex, Stack.FRAMEWORK).queryParam("area", "2.5").queryParam("limit", 200)
                .get("/v1/frameworks/mh-psw/versions/2020-10/statements").then().statusCode(200)
                .extract().path("items.findAll { it.kind == 'STATEMENT' }.code");
        String allRatedAt3 = statements.stream().map(code -> "{\"statementCode\":\"" + code + "\",\"value\":3}")
                .collect(Collectors.joining(",", "{\"ratings\":[", "]}"));

        // alex self-assesses area 2.5 and submits
        String self = Stack.as(alex, Stack.ASSESSMENT)
                .body("{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + version + "\",\"scope\":[\"2.5\"]}")
                .post("/v1/assessments").then().statusCode(201).extract().path("id");
        Stack.as(alex, Stack.ASSESSMENT).body("{\"ratings\":[{\"statementCode\":\"2.5.2.3\",\"value\":4,"
                + "\"comment\":\"I explain it at every first meeting\"}]}")
                .put("/v1/assessments/" + self + "/ratings").then().statusCode(200);
        Stack.as(alex, Stack.ASSESSMENT).post("/v1/assessments/" + self + "/submission").then().statusCode(200);

        // sam, alex's senior PSW, sees it and signs it off
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Stack.as(sam, Stack.ASSESSMENT)
                .queryParam("workerId", "10000001").queryParam("status", "SUBMITTED")
                .get("/v1/assessments").then().statusCode(200).body("items.id", hasItem(self)));
        Stack.as(sam, Stack.ASSESSMENT).post("/v1/assessments/" + self + "/sign-off").then().statusCode(200);

        String before = Stack.as(alex, Stack.ASSESSMENT).get("/v1/workers/10000001/competence-profile").then()
                .statusCode(200).extract().path("areas.find { it.code == '2.5' }.status");

        // sam assesses alex on every statement of 2.5; cleo, the clinical supervisor, signs it off
        String assessment = Stack.as(sam, Stack.ASSESSMENT).body("{\"kind\":\"SUPERVISOR\",\"frameworkVersionId\":\""
                + version + "\",\"workerId\":\"10000001\",\"scope\":[\"2.5\"]}")
                .post("/v1/assessments").then().statusCode(201).extract().path("id");
        Stack.as(sam, Stack.ASSESSMENT).body(allRatedAt3).put("/v1/assessments/" + assessment + "/ratings")
                .then().statusCode(200);
        Stack.as(sam, Stack.ASSESSMENT).post("/v1/assessments/" + assessment + "/submission").then().statusCode(200);
        Stack.as(sam, Stack.ASSESSMENT).post("/v1/assessments/" + assessment + "/sign-off").then().statusCode(403);
        Stack.as(cleo, Stack.ASSESSMENT).post("/v1/assessments/" + assessment + "/sign-off").then().statusCode(200);

        // alex's profile and plan follow; the self-rating stays beside the attained level
        Stack.as(alex, Stack.ASSESSMENT).get("/v1/workers/10000001/competence-profile").then().statusCode(200)
                .body("areas.find { it.code == '2.5' }.status", equalTo("MET"))
                .body("areas.find { it.code == '2.5' }.statements.find { it.code == '2.5.2.3' }.attained.level.value",
                        equalTo(3))
                .body("areas.find { it.code == '2.5' }.statements.find { it.code == '2.5.2.3' }.selfRating.level.value",
                        equalTo(4));
        assertThat(before).isEqualTo("NOT_ASSESSED");
        Stack.as(alex, Stack.ASSESSMENT).get("/v1/workers/10000001/development-plan").then().statusCode(200)
                .body("roleProfile", equalTo("psw"))
                .body("met", hasItem("2.5"))
                .body("units.code", hasItem("UNIT 1.2"));

        // HR reads the summary; the competence change reached alex's supervision agenda
        Stack.as(hana, Stack.ASSESSMENT).get("/v1/competence-summary").then().statusCode(200)
                .body("areas.find { it.area == '2.5' }.met", greaterThanOrEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Stack.as(alex, Stack.SUPERVISION)
                .get("/v1/workers/10000001/agenda").then().statusCode(200)
                .body("items.kind", hasItem("COMPETENCE_LEVEL_CHANGED")));
    }
}
