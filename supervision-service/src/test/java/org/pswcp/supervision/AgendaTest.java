package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.EventContracts;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AgendaTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private static ProducerRecord<String, String> submitted(String eventId, String organisation, String workerId,
            UUID assessmentId) {
        return CloudEvents.event(Events.ASSESSMENT_TOPIC, workerId, Events.ASSESSMENT_SUBMITTED, eventId, organisation,
                EventContracts.valid(Events.ASSESSMENT_SUBMITTED,
                        "{\"assessmentId\":\"" + assessmentId + "\",\"workerId\":\""
                                + workerId + "\",\"team\":null,\"kind\":\"SELF\",\"frameworkVersionId\":\""
                                + UUID.randomUUID() + "\",\"submittedAt\":\"2026-11-23T10:00:00Z\"}"));
    }

    @Test
    void aSubmittedAssessmentOpensOneAgendaItemEvenWhenDeliveredTwice() {
        String workerId = Fixtures.newWorkerId();
        UUID assessmentId = UUID.randomUUID();
        var event = submitted(UUID.randomUUID().toString(), "R9A", workerId, assessmentId);
        CloudEvents.send(event, event);
        // A second assessment on the same key lands after both copies of the first.
        UUID later = UUID.randomUUID();
        CloudEvents.send(submitted(UUID.randomUUID().toString(), "R9A", workerId, later));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", Fixtures.psw("R9A", workerId))
                .get("/v1/workers/" + workerId + "/agenda")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.resource", contains("/v1/assessments/" + assessmentId, "/v1/assessments/" + later))
                .body("items.kind", contains("ASSESSMENT_SUBMITTED", "ASSESSMENT_SUBMITTED")));
    }

    @Test
    void aRebuildThatReplaysAnEventTheInboxForgotLeavesTheItemAsItIs() throws Exception {
        String workerId = Fixtures.newWorkerId();
        String eventId = UUID.randomUUID().toString();
        UUID assessmentId = UUID.randomUUID();
        var db = new org.pswcp.testkit.Db(dataSource);
        CloudEvents.send(submitted(eventId, "R9A", workerId, assessmentId));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                db.count("select count(*) from agenda_item where source_event_id = ?", eventId)).isEqualTo(1));
        // What ./pswcp rebuild does: the inbox forgets, the event comes again. The item, closed since, stays closed.
        db.update("update agenda_item set closed_at = now() where source_event_id = ?", eventId);
        db.update("delete from kit.inbox_event where event_id = ?", eventId);
        CloudEvents.send(submitted(eventId, "R9A", workerId, assessmentId));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                db.count("select count(*) from kit.inbox_event where event_id = ?", eventId)).isEqualTo(1));
        assertThat(db.count("select count(*) from agenda_item where source_event_id = ? and closed_at is not null",
                eventId)).isEqualTo(1);
        assertThat(db.count("select count(*) from agenda_item where resource_ref = ?",
                "/v1/assessments/" + assessmentId)).isEqualTo(1);
    }

    @Test
    void anEventWrittenBeforeAWorkersRecordsWereDestroyedOpensNothingWhenItComesAgain() throws Exception {
        String org = "RA" + (int) (Math.random() * 9);
        var db = new org.pswcp.testkit.Db(dataSource);
        var before = submitted(UUID.randomUUID().toString(), org, "unknown", UUID.randomUUID());
        String workerId = Fixtures.destroyed(org);
        // Written before the decision, delivered after it: as a rebuild or a replayed dead letter would.
        var old = submitted(UUID.randomUUID().toString(), org, workerId, UUID.randomUUID());
        old.headers().remove("ce_time").add("ce_time", before.headers().lastHeader("ce_time").value());
        var rehired = submitted(UUID.randomUUID().toString(), org, workerId, UUID.randomUUID());
        CloudEvents.send(old, rehired);

        String applied = "select count(*) from kit.inbox_event where event_id = ?";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                db.count(applied, CloudEvents.id(old)) + db.count(applied, CloudEvents.id(rehired))).isEqualTo(2));
        assertThat(db.count("select count(*) from agenda_item where source_event_id = ?", CloudEvents.id(old)))
                .isZero();
        assertThat(db.count("select count(*) from agenda_item where source_event_id = ?", CloudEvents.id(rehired)))
                .as("an event written after the decision: the same id on the roster again").isEqualTo(1);
    }

    @Test
    void anAgendaIsReadOnlyByItsWorkerInTheirOrganisation() {
        String workerId = Fixtures.newWorkerId();
        CloudEvents.send(submitted(UUID.randomUUID().toString(), "R9A", workerId, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", Fixtures.psw("R9A", workerId))
                .get("/v1/workers/" + workerId + "/agenda").then().body("items", hasSize(1)));

        given().header("Authorization", Fixtures.psw("R9A", Fixtures.newWorkerId()))
                .get("/v1/workers/" + workerId + "/agenda").then().spec(problem(404, "not-found"));
        given().header("Authorization", Fixtures.psw("R9B", workerId))
                .get("/v1/workers/" + workerId + "/agenda").then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", Fixtures.hr("R9A"))
                .get("/v1/workers/" + workerId + "/agenda").then().spec(problem(403, "forbidden"));
    }

    @Test
    void aReturnedAssessmentAndAChangedLevelOpenItemsAndAnOrganisationalAssessmentOpensNone() {
        String workerId = Fixtures.newWorkerId();
        UUID assessmentId = UUID.randomUUID();
        String version = UUID.randomUUID().toString();
        CloudEvents.send(CloudEvents.event(Events.ASSESSMENT_TOPIC, workerId, Events.ASSESSMENT_RETURNED, "R9A",
                EventContracts.valid(Events.ASSESSMENT_RETURNED,
                        "{\"assessmentId\":\"" + assessmentId + "\",\"workerId\":\"" + workerId
                                + "\",\"kind\":\"SELF\",\"frameworkVersionId\":\"" + version
                                + "\",\"returnedAt\":\"2026-11-23T10:00:00Z\"}")));
        String organisational = UUID.randomUUID().toString();
        CloudEvents.send(CloudEvents.event(Events.ASSESSMENT_TOPIC, "R9A", Events.ASSESSMENT_SUBMITTED, organisational,
                "R9A",
                EventContracts.valid(Events.ASSESSMENT_SUBMITTED, "{\"assessmentId\":\"" + UUID.randomUUID()
                        + "\",\"team\":\"North\",\"kind\":\"ORGANISATIONAL\",\"frameworkVersionId\":\"" + version
                        + "\",\"submittedAt\":\"2026-11-23T10:00:00Z\"}")));
        CloudEvents.send(CloudEvents.event(Events.ASSESSMENT_TOPIC, workerId, Events.COMPETENCE_LEVEL_CHANGED, "R9A",
                EventContracts.valid(Events.COMPETENCE_LEVEL_CHANGED,
                        "{\"assessmentId\":\"" + assessmentId + "\",\"workerId\":\""
                                + workerId + "\",\"frameworkVersionId\":\"" + version + "\",\"areaCode\":\"2.5\","
                                + "\"level\":3,\"status\":\"MET\",\"previousStatus\":\"NOT_ASSESSED\","
                                + "\"changedAt\":\"2026-11-23T10:00:00Z\"}")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", Fixtures.psw("R9A", workerId))
                .get("/v1/workers/" + workerId + "/agenda")
                .then().statusCode(200)
                .body("items.kind", contains("ASSESSMENT_RETURNED", "COMPETENCE_LEVEL_CHANGED"))
                .body("items.resource", contains("/v1/assessments/" + assessmentId,
                        "/v1/workers/" + workerId + "/competence-profile#2.5")));
        // Applied (recorded in the inbox), not dead-lettered, and no worker's agenda item.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(new org.pswcp.testkit.Db(dataSource)
                .count("select count(*) from kit.inbox_event where event_id = ?", organisational)).isEqualTo(1));
        assertThat(new org.pswcp.testkit.Db(dataSource)
                .count("select count(*) from agenda_item where source_event_id = ?", organisational)).isZero();
    }

    @Test
    void anAssessmentEventWithoutAnOrganisationIsDeadLettered() {
        String workerId = Fixtures.newWorkerId();
        CloudEvents.send(submitted(UUID.randomUUID().toString(), null, workerId, UUID.randomUUID()));
        var dead = CloudEvents.withKey(Events.ASSESSMENT_TOPIC + ".dlq", workerId, 1, Duration.ofSeconds(20));
        assertThat(CloudEvents.header(dead.get(0), "dead-letter-reason"))
                .isEqualTo("An assessment event must name its organisation");
    }
}
