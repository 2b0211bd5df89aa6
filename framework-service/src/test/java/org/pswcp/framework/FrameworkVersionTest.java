package org.pswcp.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.framework.catalogue.FrameworkEvents;
import org.pswcp.framework.catalogue.FrameworkEvents.FrameworkVersionPublished;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.ContractValidation;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;
import org.pswcp.testkit.KafkaBroker;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FrameworkVersionTest {

    @Inject
    DataSource dataSource;

    @Test
    void publishingADraftAnnouncesItOnceOnFrameworkEvents() {
        String code = Packages.frameworkWithDraft();
        String versionId = Packages.asEditor().post("/v1/frameworks/" + code + "/versions/v1/publication")
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .extract().path("id");

        try (var task = KafkaBroker.companion().consumeStrings()
                .fromTopics(FrameworkEvents.TOPIC, m -> m.select().where(r -> code.equals(r.key())))) {
            task.awaitRecords(1, Duration.ofSeconds(15));
            org.awaitility.Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> task.count() == 1);
            ConsumerRecord<String, String> record = task.getFirstRecord();
            EventContracts.assertConforms(record);
            assertThat(CloudEvents.header(record, "ce_type")).isEqualTo(FrameworkVersionPublished.TYPE);
            assertThat(CloudEvents.header(record, "ce_source")).isEqualTo("urn:pswcp:framework-service");
            assertThat(CloudEvents.header(record, "ce_subject")).isEqualTo("frameworks/" + code + "/versions/v1");
            assertThat(CloudEvents.header(record, "ce_dataref")).isEqualTo("/v1/frameworks/" + code + "/versions/v1");
            assertThat(record.value()).contains("\"versionId\":\"" + versionId + "\"", "\"versionCode\":\"v1\"",
                    "\"content\":{\"format\":\"pswcp-framework-package/1\"", "\"text\":\"consent and capacity\"");
        }
    }

    @Test
    void aPublishedVersionNeverChangesAgain() {
        String code = Packages.frameworkWithDraft();
        Packages.asEditor().post("/v1/frameworks/" + code + "/versions/v1/publication").then().statusCode(200);
        Packages.asEditor().post("/v1/frameworks/" + code + "/versions/v1/publication").then()
                .spec(problem(409, "conflict"));
        assertThat(new Db(dataSource).count("select count(*) from kit.outbox_event where event_key = ?", code))
                .isEqualTo(1);
    }

    @Test
    void versionIdsAreStableAcrossInstallations() {
        String code = Packages.frameworkWithDraft();
        String id = Packages.asEditor().get("/v1/frameworks/" + code + "/versions/v1").then().statusCode(200)
                .extract().path("id");
        assertThat(id).isEqualTo(org.pswcp.framework.catalogue.CatalogueIds.version(code, "v1").toString());
    }

    @Test
    void aDraftIsInvisibleToThePublicAndVisibleToEditors() {
        String code = Packages.frameworkWithDraft();
        given().get("/v1/frameworks/" + code + "/versions/v1").then().spec(problem(404, "not-found"));
        given().get("/v1/frameworks/" + code + "/versions").then().statusCode(200)
                .body("items.code", not(hasItem("v1")));
        Packages.asEditor().get("/v1/frameworks/" + code + "/versions").then().statusCode(200)
                .body("items.code", hasItem("v1"));

        Packages.asEditor().post("/v1/frameworks/" + code + "/versions/v1/publication").then().statusCode(200);
        given().get("/v1/frameworks/" + code + "/versions/v1").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
    }

    @Test
    void onlyFrameworkEditorsCreateAndPublish() {
        String code = Packages.frameworkWithDraft();
        String psw = Tokens.user("alex.psw").roles(Roles.PSW).organisation("R9A").bearer();
        given().header("Authorization", psw).post("/v1/frameworks/" + code + "/versions/v1/publication")
                .then().spec(problem(403, "forbidden"));
        given().post("/v1/frameworks/" + code + "/versions/v1/publication")
                .then().spec(problem(401, "unauthenticated"));
        given().header("Authorization", psw).contentType(ContentType.JSON).body("{\"title\":\"Mine\"}")
                .put("/v1/frameworks/" + code).then().spec(problem(403, "forbidden"));
        assertThat(new Db(dataSource).count("select count(*) from kit.outbox_event where event_key = ?", code))
                .isZero();
    }

    @Test
    void anInvalidPackageIsA400NamingEveryFieldAndCreatesNothing() {
        String code = Packages.frameworkWithDraft();
        var pkg = Packages.small(code, "v2");
        ((com.fasterxml.jackson.databind.node.ObjectNode) pkg.get("version")).put("title", "");
        var unit = (com.fasterxml.jackson.databind.node.ObjectNode) pkg.at("/curriculum/sections/0/units/0");
        unit.putArray("statements").add("9.9.9");
        var statement = (com.fasterxml.jackson.databind.node.ObjectNode) pkg.at("/domains/1/areas/0/statements/0");
        statement.put("code", "1.1.1");
        Packages.asEditor().filter(ContractValidation.deliberatelyInvalid()).body(pkg.toString())
                .post("/v1/frameworks/" + code + "/versions")
                .then().spec(problem(400, "validation-failed"))
                .body("errors.field", org.hamcrest.Matchers.contains("version.title"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) pkg.get("version")).put("title", "Second");
        Packages.asEditor().body(pkg.toString()).post("/v1/frameworks/" + code + "/versions")
                .then().spec(problem(400, "validation-failed"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "domains[1].areas[0].statements[0].code", "domains[1].areas[0].statements[0].code",
                        "curriculum.sections[0].units[0].statements[0]"))
                .body("errors.message", org.hamcrest.Matchers.hasItems("is used twice in this version",
                        "must start with '2.1.', the code of the item it belongs to",
                        "is not a statement of this version"));
        assertThat(new Db(dataSource).count(
                "select count(*) from framework_version v join framework f on f.id = v.framework_id"
                        + " where f.code = ?",
                code)).isEqualTo(1);
    }

    @Test
    void describingAFrameworkTwiceLeavesOne() {
        String code = "fw-" + UUID.randomUUID().toString().substring(0, 8);
        Packages.asEditor().body("{\"title\":\"One\"}").put("/v1/frameworks/" + code).then().statusCode(201);
        Packages.asEditor().body("{\"title\":\"Two\"}").put("/v1/frameworks/" + code).then().statusCode(200)
                .body("title", equalTo("Two"));
        given().get("/v1/frameworks/" + code).then().statusCode(200).body("title", equalTo("Two"));
    }

    @Test
    void publicationIsAudited() {
        String code = Packages.frameworkWithDraft();
        String requestId = "req-" + UUID.randomUUID();
        Packages.asEditor().header("X-Request-ID", requestId)
                .post("/v1/frameworks/" + code + "/versions/v1/publication")
                .then().statusCode(200);
        assertThat(new Db(dataSource).rows("select action, outcome, actor_name from kit.audit_event"
                + " where request_id = ?", requestId))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("framework-version.publish", "SUCCEEDED",
                        "ed.editor"));
    }

    @Test
    void anOperatorAnnouncesAPublishedVersionAgainWithItsContentAndNeverADraft() {
        String code = Packages.frameworkWithDraft();
        String operator = Tokens.user("olu.operator").roles(Roles.OPERATOR).bearer();
        String requestId = "req-" + UUID.randomUUID();
        // A draft is never announced: a 409, and nothing recorded.
        given().header("Authorization", operator).post("/v1/frameworks/" + code + "/versions/v1/announcement")
                .then().spec(problem(409, "conflict"));
        Db db = new Db(dataSource);
        assertThat(db.count("select count(*) from kit.outbox_event where event_key = ?", code)).isZero();

        String versionId = Packages.asEditor().post("/v1/frameworks/" + code + "/versions/v1/publication")
                .then().statusCode(200).extract().path("id");
        given().header("Authorization", operator).header("X-Request-ID", requestId)
                .post("/v1/frameworks/" + code + "/versions/v1/announcement")
                .then().statusCode(200).body("id", equalTo(versionId)).body("status", equalTo("PUBLISHED"));

        try (var task = KafkaBroker.companion().consumeStrings()
                .fromTopics(FrameworkEvents.TOPIC, m -> m.select().where(r -> code.equals(r.key())))) {
            task.awaitRecords(2, Duration.ofSeconds(15));
            ConsumerRecord<String, String> first = task.getRecords().get(0);
            ConsumerRecord<String, String> again = task.getRecords().get(1);
            EventContracts.assertConforms(again);
            assertThat(CloudEvents.header(again, "ce_type")).isEqualTo(FrameworkVersionPublished.TYPE);
            assertThat(CloudEvents.header(again, "ce_id")).isNotEqualTo(CloudEvents.header(first, "ce_id"));
            assertThat(again.value()).isEqualTo(first.value()); // the same announcement, content and all
        }
        assertThat(db.rows("select action, outcome, actor_name from kit.audit_event where request_id = ?",
                requestId)).singleElement().satisfies(row -> assertThat(row)
                        .containsExactly("framework-version.announce", "SUCCEEDED", "olu.operator"));
    }
}
