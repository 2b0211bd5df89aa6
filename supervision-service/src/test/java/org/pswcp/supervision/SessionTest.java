package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.Fixtures.Agreed;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.ContractValidation;
import org.pswcp.testkit.EventContracts;
import org.pswcp.testkit.KafkaBroker;
import org.pswcp.testkit.Tokens;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SessionTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static ValidatableResponse post(String organisation, String supervisor, Map<String, Object> session) {
        return given().header("Authorization", Fixtures.supervisor(organisation, supervisor))
                .contentType(ContentType.JSON).body(session).post("/v1/sessions").then();
    }

    private static long sessionsOf(String supervisor) {
        return Fixtures.db().count("select count(*) from supervision_session where supervisor_worker_id = ?",
                supervisor);
    }

    /** The events of this type on supervision.events with this key, once the expected number arrived. */
    private static List<ConsumerRecord<String, String>> events(String key, String type, int expected) {
        try (var task = KafkaBroker.companion().consumeStrings().fromTopics(Events.TOPIC,
                m -> m.select().where(r -> key.equals(r.key()) && type.equals(CloudEvents.header(r, "ce_type"))))) {
            task.awaitRecords(expected, Duration.ofSeconds(20));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> task.count() == expected);
            EventContracts.assertAllConform(task.getRecords());
            return task.getRecords();
        }
    }

    private Map<String, Object> data(ConsumerRecord<String, String> record) throws Exception {
        return mapper.readValue(record.value(), new TypeReference<Map<String, Object>>() {
        });
    }

    @Test
    void aSupervisorRecordsAHeldSessionWithActionsAndAnObservationAndItIsAnnouncedWithoutItsText() throws Exception {
        Agreed agreed = Fixtures.agreed("R9A");
        Map<String, Object> session = Fixtures.session(agreed.superviseeWorkerId());
        LocalDate due = LocalDate.now().plusDays(10);
        session.put("actions", List.of(Map.of("description", "Read the lone working policy", "ownerWorkerId",
                agreed.superviseeWorkerId(), "dueOn", due.toString())));
        session.put("observations", List.of(Map.of("superviseeWorkerId", agreed.superviseeWorkerId(),
                "statementCodes", List.of("1.1.1.1", "1.2.1"), "level", "competent", "comment",
                "Explained consent clearly.")));

        ValidatableResponse response = post("R9A", agreed.supervisorWorkerId(), session).statusCode(201);
        String id = response.extract().path("id");
        response.header("Location", endsWith("/v1/sessions/" + id))
                .body("kind", equalTo("ONE_TO_ONE"))
                .body("status", equalTo("HELD"))
                .body("supervisorWorkerId", equalTo(agreed.supervisorWorkerId()))
                .body("supervisees.workerId", contains(agreed.superviseeWorkerId()))
                .body("supervisees[0].agreementId", equalTo(agreed.id()))
                .body("supervisees[0].confirmedAt", nullValue())
                .body("topics", contains("1.1"))
                .body("observations[0].statementCodes", contains("1.1.1.1", "1.2.1"))
                .body("observations[0].level", equalTo("competent"))
                .body("observations[0].comment", nullValue())
                .body("actions[0].description", equalTo("Read the lone working policy"))
                .body("actions[0].dueOn", equalTo(due.toString()))
                .body("openActions", equalTo(1))
                .body("hasConfidentialContent", equalTo(true))
                .body("notes", nullValue());

        ConsumerRecord<String, String> recorded = events(id, Events.SESSION_RECORDED, 1).get(0);
        Map<String, Object> data = data(recorded);
        assertThat(data).containsOnlyKeys("sessionId", "kind", "status", "supervisorWorkerId", "superviseeWorkerIds",
                "agreementIds", "startsAt", "heldOn", "frameworkVersionId", "topicAreaCodes", "nextSessionOn");
        assertThat(data.get("topicAreaCodes")).isEqualTo(List.of("1.1"));
        assertThat(CloudEvents.header(recorded, "ce_organisation")).isEqualTo("R9A");

        List<ConsumerRecord<String, String>> observed = events(agreed.superviseeWorkerId(),
                Events.DIRECT_OBSERVATION_RECORDED, 1);
        Map<String, Object> observation = data(observed.get(0));
        assertThat(observation).containsOnlyKeys("observationId", "sessionId", "superviseeWorkerId",
                "observerWorkerId", "frameworkVersionId", "statementCodes", "level", "observedOn");
        assertThat(observation.get("observerWorkerId")).isEqualTo(agreed.supervisorWorkerId());
        assertThat(observation.get("level")).isEqualTo("competent");
        assertThat(observed).allSatisfy(r -> assertThat(r.value()).doesNotContain("Explained consent"));
    }

    @Test
    void theSuperviseeConfirmsOnceWithACommentThatOnlyParticipantsRead() {
        Agreed agreed = Fixtures.agreed("R9A");
        String id = Fixtures.recordSession("R9A", agreed.supervisorWorkerId(),
                Fixtures.session(agreed.superviseeWorkerId()));
        String supervisee = Fixtures.psw("R9A", agreed.superviseeWorkerId());

        given().header("Authorization", supervisee).contentType(ContentType.JSON)
                .body("{\"comment\":\"We also agreed to revisit my hours.\"}")
                .post("/v1/sessions/" + id + "/confirmation")
                .then().statusCode(200).body("supervisees[0].confirmedAt", notNullValue());
        given().header("Authorization", supervisee).contentType(ContentType.JSON).body("{}")
                .post("/v1/sessions/" + id + "/confirmation")
                .then().spec(problem(409, "conflict"));

        for (String participant : List.of(supervisee,
                Fixtures.supervisor("R9A", agreed.supervisorWorkerId()))) {
            given().header("Authorization", participant).get("/v1/sessions/" + id + "/confidential")
                    .then().statusCode(200)
                    .body("supervisees[0].notes", equalTo("Talked through the first month on the ward."))
                    .body("supervisees[0].wellbeingReflections", equalTo("Feeling settled."))
                    .body("supervisees[0].comment", equalTo("We also agreed to revisit my hours."));
        }
        // The supervisor's record stands as written beside the comment.
        given().header("Authorization", Fixtures.hr("R9A")).get("/v1/sessions/" + id)
                .then().statusCode(200).body("supervisees[0].confirmedAt", notNullValue())
                .body("actions", nullValue());
    }

    @Test
    void aGroupSessionNeedsTwoSuperviseesEachUnderAnAgreementAndCountsForEach() {
        String supervisor = Fixtures.newWorkerId();
        String first = Fixtures.newWorkerId();
        String second = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", supervisor, first, second);
        Map<String, Object> groupAgreement = Fixtures.agreement(first, supervisor);
        groupAgreement.put("type", "GROUP");
        String firstGroup = Fixtures.record("R9A", groupAgreement);
        Fixtures.record("R9A", Fixtures.agreement(first, supervisor)); // role-specific too: not the one used
        String secondRoleSpecific = Fixtures.record("R9A", Fixtures.agreement(second, supervisor));

        Map<String, Object> session = Fixtures.session(first);
        session.put("kind", "GROUP");
        session.remove("notes");
        session.remove("wellbeingReflections");
        post("R9A", supervisor, session).spec(problem(400, "validation-failed"))
                .body("errors.field", contains("superviseeWorkerIds"));

        session.put("superviseeWorkerIds", List.of(first, second));
        post("R9A", supervisor, session).statusCode(201)
                .body("supervisees.workerId", containsInAnyOrder(first, second))
                .body("supervisees.find { it.workerId == '" + first + "' }.agreementId", equalTo(firstGroup))
                .body("supervisees.find { it.workerId == '" + second + "' }.agreementId",
                        equalTo(secondRoleSpecific));
    }

    @Test
    void invalidSessionsAreRefusedWithEveryFaultNamedAndNothingStoredOrAnnounced() {
        Agreed agreed = Fixtures.agreed("R9A");
        String stranger = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", stranger);
        Map<String, Object> session = Fixtures.session(agreed.superviseeWorkerId());
        session.put("superviseeWorkerIds", List.of(stranger));
        session.put("startsAt", Instant.now().plus(Duration.ofDays(2)).toString());
        session.put("topics", List.of("1.1", "7.7"));
        session.put("observations", List.of(Map.of("superviseeWorkerId", agreed.superviseeWorkerId(),
                "statementCodes", List.of("1.1.1"), "level", "excellent")));
        session.put("actions", List.of(Map.of("description", "Something", "ownerWorkerId", Fixtures.newWorkerId(),
                "dueOn", "2020-01-01")));
        session.put("discussedAgendaItemIds", List.of(UUID.randomUUID().toString()));
        session.put("nextSessionOn", "2020-01-01");

        post("R9A", agreed.supervisorWorkerId(), session).spec(problem(400, "validation-failed"))
                .body("errors.field", containsInAnyOrder("startsAt", "superviseeWorkerIds[0]", "topics[1]",
                        "observations[0].superviseeWorkerId", "observations[0].statementCodes[0]",
                        "observations[0].level", "actions[0].ownerWorkerId", "actions[0].dueOn",
                        "discussedAgendaItemIds[0]", "nextSessionOn"));

        Map<String, Object> missed = Fixtures.session(agreed.superviseeWorkerId());
        missed.put("status", "MISSED");
        post("R9A", agreed.supervisorWorkerId(), missed).spec(problem(400, "validation-failed"))
                .body("errors.field", contains("status"));
        Map<String, Object> unknownVersion = Fixtures.session(agreed.superviseeWorkerId());
        unknownVersion.put("frameworkVersionId", UUID.randomUUID().toString());
        post("R9A", agreed.supervisorWorkerId(), unknownVersion).spec(problem(400, "validation-failed"))
                .body("errors.field", contains("frameworkVersionId"));
        Map<String, Object> tooLong = Fixtures.session(agreed.superviseeWorkerId());
        tooLong.put("notes", "x".repeat(20_001));
        tooLong.put("durationMinutes", 0);
        given().filter(ContractValidation.deliberatelyInvalid())
                .header("Authorization", Fixtures.supervisor("R9A", agreed.supervisorWorkerId()))
                .contentType(ContentType.JSON).body(tooLong).post("/v1/sessions").then()
                .spec(problem(400, "validation-failed"))
                .body("errors.field", containsInAnyOrder("notes", "durationMinutes"));
        // A time beyond what an instant can hold (found by fuzzing: it was a 500).
        Map<String, Object> endOfTime = Fixtures.session(agreed.superviseeWorkerId());
        endOfTime.put("startsAt", Long.MAX_VALUE);
        given().filter(ContractValidation.deliberatelyInvalid())
                .header("Authorization", Fixtures.supervisor("R9A", agreed.supervisorWorkerId()))
                .contentType(ContentType.JSON).body(endOfTime).post("/v1/sessions").then()
                .spec(problem(400, "validation-failed"))
                .body("errors.field", contains("startsAt"));

        assertThat(sessionsOf(agreed.supervisorWorkerId())).isZero();
        assertThat(Fixtures.db().count("select count(*) from kit.outbox_event where type like ? and event_key = ?",
                "%direct-observation%", agreed.superviseeWorkerId())).isZero();
    }

    @Test
    void aSessionClosesTheAgendaItemsItDiscussedAndItsActionsJoinTheAgendaUntilDone() {
        Agreed agreed = Fixtures.agreed("R9A");
        String supervisee = Fixtures.psw("R9A", agreed.superviseeWorkerId());
        UUID assessmentId = UUID.randomUUID();
        CloudEvents.send(CloudEvents.event(Events.ASSESSMENT_TOPIC, agreed.superviseeWorkerId(),
                Events.ASSESSMENT_SUBMITTED, "R9A", EventContracts.valid(Events.ASSESSMENT_SUBMITTED,
                        "{\"assessmentId\":\"" + assessmentId + "\",\"workerId\":\"" + agreed.superviseeWorkerId()
                                + "\",\"kind\":\"SELF\",\"frameworkVersionId\":\"" + UUID.randomUUID()
                                + "\",\"submittedAt\":\"2026-11-23T10:00:00Z\"}")));
        String item = await().atMost(Duration.ofSeconds(20)).until(() -> given().header("Authorization", supervisee)
                .get("/v1/workers/" + agreed.superviseeWorkerId() + "/agenda").then().extract()
                .<String> path("items[0].id"), java.util.Objects::nonNull);
        // The supervisor under an active agreement reads the agenda too.
        given().header("Authorization", Fixtures.supervisor("R9A", agreed.supervisorWorkerId()))
                .get("/v1/workers/" + agreed.superviseeWorkerId() + "/agenda")
                .then().statusCode(200).body("items.id", contains(item));

        Map<String, Object> session = Fixtures.session(agreed.superviseeWorkerId());
        session.put("discussedAgendaItemIds", List.of(item));
        session.put("actions", List.of(Map.of("description", "Book the safeguarding course", "ownerWorkerId",
                agreed.superviseeWorkerId(), "dueOn", LocalDate.now().plusDays(14).toString())));
        ValidatableResponse recorded = post("R9A", agreed.supervisorWorkerId(), session).statusCode(201);
        String id = recorded.extract().path("id");
        String action = recorded.extract().path("actions[0].id");

        given().header("Authorization", supervisee).get("/v1/workers/" + agreed.superviseeWorkerId() + "/agenda")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("ACTION_DUE"))
                .body("items[0].resource", equalTo("/v1/sessions/" + id + "/actions/" + action))
                .body("items[0].dueOn", equalTo(LocalDate.now().plusDays(14).toString()));
        // Discussed items cannot be closed twice.
        Map<String, Object> again = Fixtures.session(agreed.superviseeWorkerId());
        again.put("discussedAgendaItemIds", List.of(item));
        post("R9A", agreed.supervisorWorkerId(), again).spec(problem(400, "validation-failed"))
                .body("errors.field", contains("discussedAgendaItemIds[0]"));

        given().header("Authorization", supervisee).post("/v1/sessions/" + id + "/actions/" + action + "/done")
                .then().statusCode(200).body("actions[0].doneAt", notNullValue()).body("openActions", equalTo(0));
        given().header("Authorization", supervisee).post("/v1/sessions/" + id + "/actions/" + action + "/done")
                .then().spec(problem(409, "conflict"));
        given().header("Authorization", supervisee).get("/v1/workers/" + agreed.superviseeWorkerId() + "/agenda")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aSupervisorWhoseTokenNamesNoWorkerListsNoSessionsYetABadCursorIsStillRefused() {
        Agreed agreed = Fixtures.agreed("R9A");
        Fixtures.recordSession("R9A", agreed.supervisorWorkerId(), Fixtures.session(agreed.superviseeWorkerId()));
        String nobody = Tokens.user("sup-nobody").roles(Roles.SUPERVISOR).organisation("R9A").bearer();
        given().header("Authorization", nobody).get("/v1/sessions").then().statusCode(200)
                .body("items", hasSize(0)).body("nextCursor", nullValue());
        given().header("Authorization", nobody).queryParam("cursor", "not-a-cursor").get("/v1/sessions")
                .then().spec(problem(400, "validation-failed")).body("errors.field", contains("cursor"));
    }

    @Test
    void listsAreNewestFirstPagedAndCarryNeitherActionsNorConfidentialContent() {
        Agreed agreed = Fixtures.agreed("R9A");
        Map<String, Object> older = Fixtures.session(agreed.superviseeWorkerId());
        older.put("startsAt", Instant.now().minus(Duration.ofDays(20)).toString());
        older.put("actions", List.of(Map.of("description", "Reflect on the first month", "ownerWorkerId",
                agreed.superviseeWorkerId(), "dueOn", LocalDate.now().toString())));
        String first = Fixtures.recordSession("R9A", agreed.supervisorWorkerId(), older);
        String second = Fixtures.recordSession("R9A", agreed.supervisorWorkerId(),
                Fixtures.session(agreed.superviseeWorkerId()));

        String cursor = given().header("Authorization", Fixtures.hr("R9A"))
                .queryParam("superviseeWorkerId", agreed.superviseeWorkerId()).queryParam("limit", 1)
                .get("/v1/sessions").then().statusCode(200)
                .body("items.id", contains(second)).body("items[0].actions", nullValue())
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().header("Authorization", Fixtures.psw("R9A", agreed.superviseeWorkerId()))
                .queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/v1/sessions").then().statusCode(200)
                .body("items.id", contains(first))
                .body("items[0].openActions", equalTo(1))
                .body("items[0].actions", nullValue())
                .body("items[0].notes", nullValue())
                .body("nextCursor", nullValue());
    }
}
