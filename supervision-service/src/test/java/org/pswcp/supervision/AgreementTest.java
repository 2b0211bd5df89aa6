package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.ContractValidation;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;
import org.pswcp.testkit.KafkaBroker;
import org.pswcp.testkit.Tokens;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AgreementTest {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    private static ValidatableResponse create(Map<String, Object> agreement) {
        return given().header("Authorization", Fixtures.hr("R9A")).contentType(ContentType.JSON).body(agreement)
                .post("/v1/agreements").then();
    }

    /** A create that breaks the contract on purpose, to prove the service refuses it. */
    private static ValidatableResponse createInvalid(Map<String, Object> agreement) {
        return given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", Fixtures.hr("R9A"))
                .contentType(ContentType.JSON).body(agreement).post("/v1/agreements").then();
    }

    private static ValidatableResponse end(String id, String json) {
        return given().header("Authorization", Fixtures.hr("R9A")).contentType(ContentType.JSON).body(json)
                .post("/v1/agreements/" + id + "/end").then();
    }

    /** An end that breaks the contract on purpose, to prove the service refuses it. */
    private static ValidatableResponse endInvalid(String id, String json) {
        return given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", Fixtures.hr("R9A"))
                .contentType(ContentType.JSON).body(json).post("/v1/agreements/" + id + "/end").then();
    }

    /** The one event of this type with this key on supervision.events, after making sure no second one follows. */
    private static ConsumerRecord<String, String> onlyOneEvent(String key, String type) {
        try (var task = KafkaBroker.companion().consumeStrings().fromTopics(Events.TOPIC,
                m -> m.select().where(r -> key.equals(r.key()) && type.equals(CloudEvents.header(r, "ce_type"))))) {
            task.awaitRecords(1, Duration.ofSeconds(20));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> task.count() == 1);
            EventContracts.assertConforms(task.getFirstRecord());
            return task.getFirstRecord();
        }
    }

    private Map<String, Object> data(ConsumerRecord<String, String> record) throws Exception {
        return mapper.readValue(record.value(), new TypeReference<Map<String, Object>>() {
        });
    }

    private long agreementEvents(String supervisee) {
        return new Db(dataSource).count("select count(*) from kit.outbox_event where event_key = ? and type in (?, ?)",
                supervisee, Events.AGREEMENT_STARTED, Events.AGREEMENT_ENDED);
    }

    @Test
    void creatingAnAgreementAnnouncesAgreementStartedOnceWithItsFieldsAndHeaders() throws Exception {
        String supervisee = Fixtures.newWorkerId();
        String supervisor = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", supervisee, supervisor);
        Map<String, Object> agreement = Fixtures.agreement(supervisee, supervisor);
        agreement.put("endDate", "2026-04-06");
        var created = create(agreement).statusCode(201).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/v1/agreements/" + id);

        ConsumerRecord<String, String> started = onlyOneEvent(supervisee, Events.AGREEMENT_STARTED);
        assertThat(started.key()).isEqualTo(supervisee);
        assertThat(CloudEvents.header(started, "ce_type")).isEqualTo(Events.AGREEMENT_STARTED);
        assertThat(CloudEvents.header(started, "ce_organisation")).isEqualTo("R9A");
        assertThat(CloudEvents.header(started, "ce_source")).isEqualTo("urn:pswcp:supervision-service");
        assertThat(CloudEvents.header(started, "ce_subject")).isEqualTo("agreements/" + id);
        assertThat(CloudEvents.header(started, "ce_dataref")).isEqualTo("/v1/agreements/" + id);
        assertThat(data(started)).isEqualTo(Map.of("agreementId", id, "superviseeWorkerId", supervisee,
                "supervisorWorkerId", supervisor, "type", "ROLE_SPECIFIC", "frequency", "P2W", "format", "IN_PERSON",
                "startDate", "2025-04-07", "endDate", "2026-04-06"));
    }

    @Test
    void endingAnAgreementAnnouncesAgreementEndedOnceAndEndingItAgainIsAConflict() throws Exception {
        Fixtures.Agreed agreed = Fixtures.agreed("R9A");
        end(agreed.id(), "{\"endDate\":\"2025-12-31\",\"reason\":\"Supervisor moved to another team\"}")
                .statusCode(200)
                .body("endDate", equalTo("2025-12-31"))
                .body("endReason", equalTo("Supervisor moved to another team"))
                .body("endedAt", notNullValue())
                .body("active", equalTo(false));
        end(agreed.id(), "{\"endDate\":\"2025-11-30\"}").spec(problem(409, "conflict"));

        ConsumerRecord<String, String> ended = onlyOneEvent(agreed.superviseeWorkerId(), Events.AGREEMENT_ENDED);
        assertThat(ended.key()).isEqualTo(agreed.superviseeWorkerId());
        assertThat(CloudEvents.header(ended, "ce_type")).isEqualTo(Events.AGREEMENT_ENDED);
        assertThat(CloudEvents.header(ended, "ce_organisation")).isEqualTo("R9A");
        assertThat(CloudEvents.header(ended, "ce_subject")).isEqualTo("agreements/" + agreed.id());
        assertThat(data(ended)).isEqualTo(Map.of("agreementId", agreed.id(),
                "superviseeWorkerId", agreed.superviseeWorkerId(), "supervisorWorkerId", agreed.supervisorWorkerId(),
                "endDate", "2025-12-31"));
        assertThat(agreementEvents(agreed.superviseeWorkerId())).isEqualTo(2);
        given().header("Authorization", Fixtures.hr("R9A")).get("/v1/agreements/" + agreed.id())
                .then().statusCode(200).body("endDate", equalTo("2025-12-31"));
    }

    static Stream<Arguments> invalidAgreements() {
        return Stream.of(
                arguments("a supervisee not on the roster",
                        change(a -> a.put("superviseeWorkerId", Fixtures.newWorkerId())), "superviseeWorkerId"),
                arguments("a supervisor on another organisation's roster only", change(a -> {
                    String elsewhere = Fixtures.newWorkerId();
                    Fixtures.onRoster("R9B", elsewhere);
                    a.put("supervisorWorkerId", elsewhere);
                }), "supervisorWorkerId"),
                arguments("the supervisee as their own supervisor",
                        change(a -> a.put("supervisorWorkerId", a.get("superviseeWorkerId"))), "supervisorWorkerId"),
                arguments("an end before the start", change(a -> a.put("endDate", "2025-04-06")), "endDate"),
                arguments("a frequency under a week", change(a -> a.put("frequency", "P6D")), "frequency"),
                arguments("a frequency over three months", change(a -> a.put("frequency", "P14W")), "frequency"),
                arguments("a frequency a day over three months", change(a -> a.put("frequency", "P3M1D")),
                        "frequency"),
                arguments("a frequency that is not a period", change(a -> a.put("frequency", "fortnightly")),
                        "frequency"),
                arguments("a negative frequency", change(a -> a.put("frequency", "-P2W")), "frequency"),
                arguments("an unknown type", change(a -> a.put("type", "PEER")), "type"),
                arguments("an unknown format", change(a -> a.put("format", "FAX")), "format"),
                arguments("no start date", change(a -> a.remove("startDate")), "startDate"),
                arguments("a location over 200 characters", change(a -> a.put("location", "x".repeat(201))),
                        "location"));
    }

    /** Gives a lambda its type inside {@code arguments(...)}, which takes plain objects. */
    private static Consumer<Map<String, Object>> change(Consumer<Map<String, Object>> change) {
        return change;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidAgreements")
    void anInvalidAgreementIsA400NamingTheFieldAndStoresNothing(String fault, Consumer<Map<String, Object>> change,
            String field) {
        String supervisee = Fixtures.newWorkerId();
        String supervisor = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", supervisee, supervisor);
        Map<String, Object> agreement = Fixtures.agreement(supervisee, supervisor);
        change.accept(agreement);

        createInvalid(agreement).spec(problem(400, "validation-failed")).body("errors.field", contains(field));
        assertThat(new Db(dataSource).count("select count(*) from supervision_agreement"
                + " where supervisee_worker_id in (?, ?) or supervisor_worker_id in (?, ?)", supervisee,
                agreement.get("superviseeWorkerId"), supervisor, agreement.get("supervisorWorkerId"))).isZero();
        assertThat(agreementEvents(supervisee)).isZero();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOneAgreementAndOneEvent() {
        String supervisee = Fixtures.newWorkerId();
        String supervisor = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", supervisee, supervisor);
        Map<String, Object> agreement = Fixtures.agreement(supervisee, supervisor);
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", Fixtures.hr("R9A")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(agreement).post("/v1/agreements")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        given().header("Authorization", Fixtures.hr("R9A")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(agreement).post("/v1/agreements")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith("/v1/agreements/" + first))
                .body("id", equalTo(first));

        assertThat(new Db(dataSource).count("select count(*) from supervision_agreement where supervisee_worker_id = ?",
                supervisee)).isEqualTo(1);
        assertThat(agreementEvents(supervisee)).isEqualTo(1);
        assertThat(onlyOneEvent(supervisee, Events.AGREEMENT_STARTED).value())
                .contains("\"agreementId\":\"" + first + "\"");
    }

    @Test
    void aPairHasOneAgreementOfATypeOnAnyDay() {
        Fixtures.Agreed agreed = Fixtures.agreed("R9A");
        Map<String, Object> renewal = Fixtures.agreement(agreed.superviseeWorkerId(), agreed.supervisorWorkerId());
        renewal.put("startDate", "2026-01-01");
        create(renewal).spec(problem(409, "conflict"));

        Map<String, Object> clinical = Fixtures.agreement(agreed.superviseeWorkerId(), agreed.supervisorWorkerId());
        clinical.put("type", "CLINICAL");
        create(clinical).statusCode(201);
        Map<String, Object> reversed = Fixtures.agreement(agreed.supervisorWorkerId(), agreed.superviseeWorkerId());
        create(reversed).statusCode(201);

        end(agreed.id(), "{\"endDate\":\"2025-12-31\"}").statusCode(200);
        create(renewal).statusCode(201).body("startDate", equalTo("2026-01-01"));
        assertThat(new Db(dataSource).count("select count(*) from supervision_agreement where supervisee_worker_id = ?"
                + " and type = 'ROLE_SPECIFIC'", agreed.superviseeWorkerId())).isEqualTo(2);
    }

    @Test
    void anEndIsNeitherBeforeTheStartNorAfterAnAgreedEndAndStoresNothingWhenInvalid() {
        String supervisee = Fixtures.newWorkerId();
        String supervisor = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", supervisee, supervisor);
        Map<String, Object> agreement = Fixtures.agreement(supervisee, supervisor);
        agreement.put("endDate", "2026-04-06");
        String id = Fixtures.record("R9A", agreement);

        end(id, "{\"endDate\":\"2025-04-06\"}").spec(problem(400, "validation-failed"))
                .body("errors.field", contains("endDate"));
        end(id, "{\"endDate\":\"2026-04-07\"}").spec(problem(400, "validation-failed"))
                .body("errors.field", contains("endDate"));
        endInvalid(id, "{}").spec(problem(400, "validation-failed")).body("errors.field", contains("endDate"));
        endInvalid(id, "{\"endDate\":\"2025-12-31\",\"reason\":\"" + "x".repeat(501) + "\"}")
                .spec(problem(400, "validation-failed")).body("errors.field", contains("reason"));
        assertThat(new Db(dataSource).count("select count(*) from supervision_agreement where id = ?"
                + " and ended_at is null and end_date = date '2026-04-06'", UUID.fromString(id))).isEqualTo(1);
        assertThat(agreementEvents(supervisee)).isEqualTo(1);

        end(id, "{\"endDate\":\"2026-04-06\",\"reason\":\"" + "x".repeat(500) + "\"}").statusCode(200);
    }

    @Test
    void theListFiltersByPartyAndActivityAndPagesWithCursors() {
        String supervisor = Fixtures.newWorkerId();
        String current = Fixtures.newWorkerId();
        String past = Fixtures.newWorkerId();
        String future = Fixtures.newWorkerId();
        String clinician = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", supervisor, current, past, future, clinician);
        String active = Fixtures.record("R9A", Fixtures.agreement(current, supervisor));
        Map<String, Object> ended = Fixtures.agreement(past, supervisor);
        ended.putAll(Map.of("type", "CLINICAL", "frequency", "P3M", "startDate", "2024-01-01", "endDate",
                "2024-12-31"));
        String over = Fixtures.record("R9A", ended);
        Map<String, Object> later = Fixtures.agreement(future, supervisor);
        later.putAll(Map.of("type", "GROUP", "frequency", "P1W", "format", "VIDEO", "startDate", "2099-01-05"));
        String notYet = Fixtures.record("R9A", later);
        Map<String, Object> clinical = Fixtures.agreement(current, clinician);
        clinical.putAll(Map.of("type", "CLINICAL", "frequency", "p13w"));
        String other = Fixtures.record("R9A", clinical);

        String asSupervisor = Fixtures.supervisor("R9A", supervisor);
        listed(asSupervisor, Map.of()).body("items.id", contains(active, over, notYet))
                .body("items.active", contains(true, false, false));
        listed(asSupervisor, Map.of("active", "true")).body("items.id", contains(active));
        listed(asSupervisor, Map.of("active", "false")).body("items.id", contains(over, notYet));
        String cursor = listed(asSupervisor, Map.of("limit", 2)).body("items.id", contains(active, over))
                .extract().path("nextCursor");
        listed(asSupervisor, Map.of("limit", 2, "cursor", cursor)).body("items.id", contains(notYet))
                .body("nextCursor", nullValue());

        listed(Fixtures.psw("R9A", current), Map.of()).body("items.id", contains(active, other))
                .body("items.frequency", contains("P2W", "P13W"));
        listed(Fixtures.hr("R9A"), Map.of("supervisorWorkerId", supervisor)).body("items.id",
                contains(active, over, notYet));
        listed(Fixtures.hr("R9A"), Map.of("superviseeWorkerId", current, "supervisorWorkerId", clinician))
                .body("items.id", contains(other));

        given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", asSupervisor)
                .queryParam("active", "maybe").get("/v1/agreements")
                .then().spec(problem(400, "validation-failed")).body("errors.field", contains("active"));
        given().header("Authorization", asSupervisor).queryParam("cursor", "not-a-cursor").get("/v1/agreements")
                .then().spec(problem(400, "validation-failed")).body("errors.field", contains("cursor"));
    }

    @Test
    void aSupervisorWhoseTokenNamesNoWorkerListsNoAgreementsYetABadCursorIsStillRefused() {
        Fixtures.agreed("R9A");
        String nobody = Tokens.user("sup-nobody").roles(Roles.SUPERVISOR).organisation("R9A").bearer();
        listed(nobody, Map.of()).body("items", hasSize(0)).body("nextCursor", nullValue());
        given().header("Authorization", nobody).queryParam("cursor", "not-a-cursor").get("/v1/agreements")
                .then().spec(problem(400, "validation-failed")).body("errors.field", contains("cursor"));
    }

    private static ValidatableResponse listed(String bearer, Map<String, ?> query) {
        return given().header("Authorization", bearer).queryParams(new HashMap<>(query)).get("/v1/agreements")
                .then().statusCode(200);
    }

    @Test
    void creatingAndEndingAnAgreementAreOnTheAuditTrail() {
        Fixtures.Agreed agreed = Fixtures.agreed("R9A");
        end(agreed.id(), "{\"endDate\":\"2025-12-31\"}").statusCode(200);

        List<Object[]> rows = new Db(dataSource).rows("select action, resource_type, outcome, organisation, actor_name"
                + " from kit.audit_event where resource_id = ? order by occurred_at", agreed.id());
        assertThat(rows).extracting(Arrays::asList)
                .containsExactly(List.of("agreement.create", "agreement", "SUCCEEDED", "R9A", "hr-R9A"),
                        List.of("agreement.end", "agreement", "SUCCEEDED", "R9A", "hr-R9A"));
        given().header("Authorization", Fixtures.auditor("R9A")).queryParam("resourceId", agreed.id())
                .get("/v1/audit-events").then().statusCode(200)
                .body("items.action", contains("agreement.end", "agreement.create"));
    }
}
