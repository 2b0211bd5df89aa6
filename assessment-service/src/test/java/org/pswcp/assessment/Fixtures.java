package org.pswcp.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Tokens;

import io.restassured.http.ContentType;

/** Callers and data of the assessment tests, built the way production builds them: through events and the API. */
final class Fixtures {

    static final String FRAMEWORK_EVENTS = "framework.events";
    static final String VERSION_PUBLISHED = "org.pswcp.framework.version-published.v1";

    private Fixtures() {
    }

    static String psw(String organisation, String workerId) {
        return Tokens.user("psw-" + workerId).subject("sub-" + workerId).roles(Roles.PSW)
                .organisation(organisation).workerId(workerId).bearer();
    }

    static String hr(String organisation) {
        return Tokens.user("hr-" + organisation).roles(Roles.HR).organisation(organisation).bearer();
    }

    static String newWorkerId() {
        return String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
    }

    static String versionPublishedJson(UUID versionId, String versionCode) {
        return "{\"frameworkId\":\"" + UUID.randomUUID() + "\",\"frameworkCode\":\"mh-psw\",\"versionId\":\""
                + versionId + "\",\"versionCode\":\"" + versionCode + "\",\"title\":\"Test version\","
                + "\"publishedAt\":\"" + Instant.now() + "\"}";
    }

    /** A version framework-service has published, once this service has learned it. */
    static UUID publishedVersion() {
        UUID versionId = UUID.randomUUID();
        CloudEvents.send(CloudEvents.event(FRAMEWORK_EVENTS, "mh-psw", VERSION_PUBLISHED, null,
                versionPublishedJson(versionId, "v-" + versionId.toString().substring(0, 8))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", hr("R9A"))
                .get("/v1/framework-versions").then().statusCode(200)
                .body("items.versionId", hasItem(versionId.toString())));
        return versionId;
    }

    static String draftSelfAssessment(String bearer, UUID versionId) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body("{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + versionId + "\"}")
                .post("/v1/assessments").then().statusCode(201).extract().path("id");
    }
}
