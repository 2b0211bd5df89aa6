package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pswcp.supervision.session.ConfidentialCipher;
import org.pswcp.supervision.session.ConfidentialContent;
import org.pswcp.testkit.CapturedLogs;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.ContractValidation;
import org.pswcp.testkit.EventContracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A worker, ana, whose records are past their period: what is about her (the supervisor's notes about her, her
 * wellbeing reflections, her comments, observations of her practice, her actions, a one-to-one session's content from
 * before V5) is planted with a marker in a one-to-one session and a group session with ben, and she supervised carl
 * once. A records manager destroys her records; then neither the database (every table's text, every ciphertext that
 * still opens) nor any response holds the marker, her data key is gone and a copy of her ciphertext taken before no
 * longer opens, even with the master key, while ben's and carl's records are intact and the event went out. Nor do the
 * run's log lines or the worker's events on Kafka.
 */
@QuarkusTest
class DestructionTest {

    private static final String ORG = "R7D";
    private static final String K1 = "ZGV2LWFuZC10ZXN0LW9ubHktbm90LWEtcmVhbC1rZXk=";
    private static final String ANA = "ANA" + UUID.randomUUID().toString().replace("-", "");
    private static final String BEN = "BEN" + UUID.randomUUID().toString().replace("-", "");
    private static final String CARL = "CARL" + UUID.randomUUID().toString().replace("-", "");

    private static CapturedLogs logs;

    @BeforeAll
    static void captureLogs() {
        logs = CapturedLogs.start();
    }

    @AfterAll
    static void stopCapturing() {
        logs.stop();
    }

    @Test
    void destroyingAWorkersRecordsLeavesNoReadableCopyOfWhatWasAboutThem() throws Exception {
        String ana = Fixtures.newWorkerId();
        String ben = Fixtures.newWorkerId();
        String carl = Fixtures.newWorkerId();
        String sup = Fixtures.newWorkerId();
        Fixtures.onRoster(ORG, ana, ben, carl, sup);
        for (String supervisee : List.of(ana, ben)) {
            Map<String, Object> group = Fixtures.agreement(supervisee, sup);
            group.put("type", "GROUP");
            Fixtures.record(ORG, group);
        }
        Fixtures.record(ORG, Fixtures.agreement(ana, sup));
        Fixtures.record(ORG, Fixtures.agreement(carl, ana));
        String due = LocalDate.now().plusDays(7).toString();

        Map<String, Object> oneToOne = Fixtures.session(ana);
        oneToOne.put("notes", ANA + " notes");
        oneToOne.put("wellbeingReflections", ANA + " wellbeing");
        oneToOne.put("observations", List.of(Map.of("superviseeWorkerId", ana, "statementCodes", List.of("1.1.1.1"),
                "level", "competent", "comment", ANA + " observed alone")));
        oneToOne.put("actions", List.of(Map.of("description", ANA + " action alone", "ownerWorkerId", ana,
                "dueOn", due)));
        String alone = Fixtures.recordSession(ORG, sup, oneToOne);
        confirm(ana, alone, ANA + " comment alone");
        // As the one-to-one's content from before V5 was left: under the master key, in the session's own row.
        Fixtures.db().update("update supervision_session set unattributed_notes = ? where id = ?",
                ConfidentialCipher.withKey("k1", K1).seal(ANA + " legacy", context(alone, "notes")),
                UUID.fromString(alone));

        Map<String, Object> groupSession = Fixtures.session(ana);
        groupSession.remove("notes");
        groupSession.remove("wellbeingReflections");
        groupSession.put("kind", "GROUP");
        groupSession.put("superviseeWorkerIds", List.of(ana, ben));
        groupSession.put("sharedNotes", "Shared: ways of starting conversations about recovery.");
        groupSession.put("personalNotes", List.of(
                Map.of("superviseeWorkerId", ana, "notes", ANA + " notes", "wellbeingReflections", ANA + " wellbeing"),
                Map.of("superviseeWorkerId", ben, "notes", BEN + " notes", "wellbeingReflections",
                        BEN + " wellbeing")));
        groupSession.put("observations", List.of(Map.of("superviseeWorkerId", ana, "statementCodes",
                List.of("1.1.1.1"), "level", "competent", "comment", ANA + " observed")));
        groupSession.put("actions", List.of(Map.of("description", ANA + " action", "ownerWorkerId", ana, "dueOn", due),
                Map.of("description", "Bring a recovery story", "ownerWorkerId", sup, "dueOn", due)));
        String group = Fixtures.recordSession(ORG, sup, groupSession);
        confirm(ana, group, ANA + " comment");
        confirm(ben, group, BEN + " comment");

        Map<String, Object> carlsSession = Fixtures.session(carl);
        carlsSession.put("notes", CARL + " notes");
        String carls = Fixtures.recordSession(ORG, ana, carlsSession);

        // A copy of ana's ciphertext, as a backup would hold it: sealed with her data key, which opens it today.
        byte[] copy = (byte[]) Fixtures.db().single("select notes from session_supervisee where session_id = ?"
                + " and worker_id = ?", UUID.fromString(group), ana);
        String copyContext = context(group, "supervisees/" + ana + "/notes");
        assertThat(ConfidentialCipher.sealedWithWorkerKey(copy)).isTrue();
        assertThat(open(copy, copyContext)).isEqualTo(ANA + " notes");
        // Her key is in the key store, not in the service's database: a backup of that database, kept for weeks, holds
        // the ciphertext without the key, and the key store's backups, which hold it, are kept for days.
        assertThat(Fixtures.keyStore().count("select count(*) from worker_data_key where organisation = ? and"
                + " worker_id = ?", ORG, ana)).isEqualTo(1);
        assertThat(Fixtures.db().count("select count(*) from worker_data_key where worker_id = ?", ana)).isZero();

        // She left in 2016: her records are due, and listed with what is held.
        given().header("Authorization", Fixtures.hr(ORG)).contentType(ContentType.JSON)
                .body("{\"role\":\"PSW\",\"team\":\"North\",\"startDate\":\"2012-04-01\",\"endDate\":\"2016-03-31\"}")
                .put("/v1/workers/" + ana).then().statusCode(200);
        given().header("Authorization", Fixtures.recordsManager(ORG)).get("/v1/retention/due").then()
                .statusCode(200).body("items.workerId", contains(ana))
                .body("items[0].dueSince", equalTo("2022-03-31"))
                .body("items[0].held.agreements", equalTo(2)).body("items[0].held.sessions", equalTo(2))
                .body("items[0].held.agendaItems", equalTo(3));

        // Everything announced about her is on Kafka before the destruction forgets the outbox's copies.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.db().count(
                "select count(*) from kit.outbox_event where event_key = ? and published_at is null", ana) == 0);
        int announcedBefore = (int) Fixtures.db().count("select count(*) from kit.outbox_event where event_key = ?",
                ana);
        Object keyFile = Fixtures.keyStore().single("select pg_relation_filenode('worker_data_key')");
        var decision = given().header("Authorization", Fixtures.recordsManager(ORG)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Appraised: period passed, no hold.")).post("/v1/workers/" + ana
                        + "/destruction")
                .then().statusCode(201).header("Location", endsWith("/v1/workers/" + ana + "/destruction"))
                .body("workerId", equalTo(ana)).body("destroyed.agreements", equalTo(2))
                .body("destroyed.sessions", equalTo(2)).body("destroyed.agendaItems", equalTo(3))
                .body("decidedBy", equalTo("rm-" + ORG)).body("dataKeyDestroyed", equalTo(true))
                .extract();
        String decisionId = decision.path("id");

        // Her key is gone: the copy opens no more, with the service's keys or with the master key itself.
        assertThat(Fixtures.keyStore().count("select count(*) from worker_data_key where organisation = ? and"
                + " worker_id = ?", ORG, ana)).isZero();
        // Nor in the key store's pages, which later backups copy: the table was rewritten without it.
        assertThat(Fixtures.keyStore().single("select pg_relation_filenode('worker_data_key')")).isNotEqualTo(keyFile);
        assertThatThrownBy(() -> open(copy, copyContext)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(ANA);
        assertThatThrownBy(() -> ConfidentialCipher.withKey("k1", K1).open(copy, copyContext))
                .isInstanceOf(IllegalStateException.class);

        // Nowhere in the database: no table's text, no ciphertext that still opens.
        assertThat(everyTablesText()).doesNotContain(ANA);
        assertThat(everyCiphertextThatOpens()).doesNotContain(ANA).contains(BEN + " notes", CARL + " notes");

        // Nowhere in the API; ben's and carl's records are theirs as before.
        List<String> bodies = new ArrayList<>();
        String supToken = Fixtures.supervisor(ORG, sup);
        bodies.add(given().header("Authorization", supToken).get("/v1/sessions/" + alone).then()
                .spec(problem(404, "not-found")).extract().asString());
        bodies.add(given().header("Authorization", supToken).get("/v1/sessions/" + group).then().statusCode(200)
                .body("supervisees.workerId", contains(ben)).body("observations.size()", equalTo(0))
                .body("actions.ownerWorkerId", contains(sup)).extract().asString());
        bodies.add(given().header("Authorization", supToken).get("/v1/sessions/" + group + "/confidential").then()
                .statusCode(200).body("sharedNotes", equalTo("Shared: ways of starting conversations about recovery."))
                .body("supervisees.workerId", contains(ben)).body("supervisees[0].notes", equalTo(BEN + " notes"))
                .extract().asString());
        bodies.add(given().header("Authorization", Fixtures.psw(ORG, ben)).get("/v1/sessions/" + group
                + "/confidential").then().statusCode(200).body("supervisees[0].comment", equalTo(BEN + " comment"))
                .extract().asString());
        bodies.add(given().header("Authorization", supToken).get("/v1/sessions").then().statusCode(200).extract()
                .asString());
        bodies.add(given().header("Authorization", Fixtures.psw(ORG, carl)).get("/v1/sessions/" + carls
                + "/confidential").then().statusCode(200).body("supervisees[0].notes", equalTo(CARL + " notes"))
                .extract().asString());
        given().header("Authorization", Fixtures.psw(ORG, carl)).get("/v1/sessions/" + carls).then()
                .statusCode(200).body("supervisorWorkerId", equalTo(ana));
        bodies.add(given().header("Authorization", Fixtures.hr(ORG)).get("/v1/workers/" + ana + "/subject-access")
                .then().spec(problem(404, "not-found")).extract().asString());
        bodies.add(given().header("Authorization", Fixtures.psw(ORG, ben)).get("/v1/workers/" + ben
                + "/subject-access").then().statusCode(200).extract().asString());
        bodies.add(given().header("Authorization", Fixtures.psw(ORG, ana)).get("/v1/workers/" + ana + "/agenda")
                .then().statusCode(200).body("items.size()", equalTo(0)).extract().asString());
        bodies.add(given().header("Authorization", Fixtures.hr(ORG)).get("/v1/agreements").then().statusCode(200)
                .extract().asString());
        bodies.add(given().header("Authorization", Fixtures.auditor(ORG)).get("/v1/audit-events").then()
                .statusCode(200).extract().asString());
        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(ANA));
        given().header("Authorization", Fixtures.hr(ORG)).get("/v1/agreements?superviseeWorkerId=" + ana).then()
                .statusCode(200).body("items.size()", equalTo(0));

        // The register keeps the decision, the trail the act, and the other services hear of it.
        given().header("Authorization", Fixtures.auditor(ORG)).get("/v1/workers/" + ana + "/destruction").then()
                .statusCode(200).body("id", equalTo(decisionId))
                .body("reason", equalTo("Appraised: period passed, no hold."));
        assertThat(Fixtures.db().count("select count(*) from kit.audit_event where action = 'records.destroyed'"
                + " and resource_id = ? and outcome = 'SUCCEEDED' and organisation = ?", ana, ORG)).isEqualTo(1);
        Object[] outboxed = Fixtures.db().rows("select payload, organisation, subject, dataref from kit.outbox_event"
                + " where type = ? and event_key = ?", Events.WORKER_RECORDS_DESTROYED, ana).get(0);
        JsonNode payload = new ObjectMapper().readTree((String) outboxed[0]);
        List<String> fields = new ArrayList<>();
        payload.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("workerId", "organisation", "destroyedAt", "decisionId");
        assertThat(payload.path("workerId").asText()).isEqualTo(ana);
        assertThat(payload.path("organisation").asText()).isEqualTo(ORG);
        assertThat(payload.path("decisionId").asText()).isEqualTo(decisionId);
        assertThat(payload.path("destroyedAt").asText()).isEqualTo(decision.<String> path("decidedAt"));
        assertThat(outboxed).containsExactly(outboxed[0], ORG, "workers/" + ana, "/v1/workers/" + ana
                + "/destruction");
        // The outbox keeps no copy of what was announced about her but the announcement of the destruction.
        assertThat(announcedBefore).isPositive();
        assertThat(Fixtures.db().count("select count(*) from kit.outbox_event where event_key = ?", ana))
                .isEqualTo(1);
        assertThat(Fixtures.db().count("select count(*) from kit.outbox_event where organisation = ? and type <> ?"
                + " and strpos(payload, ?) > 0", ORG, Events.WORKER_RECORDS_DESTROYED, "\"" + ana + "\""))
                .isZero();
        List<ConsumerRecord<String, String>> sent = CloudEvents.withKey(Events.TOPIC, ana, announcedBefore + 1,
                Duration.ofSeconds(20));
        ConsumerRecord<String, String> destroyed = sent.stream()
                .filter(r -> Events.WORKER_RECORDS_DESTROYED.equals(CloudEvents.header(r, "ce_type"))).findFirst()
                .orElseThrow();
        EventContracts.assertConforms(destroyed);
        assertThat(CloudEvents.header(destroyed, "ce_organisation")).isEqualTo(ORG);
        assertThat(sent).extracting(ConsumerRecord::value).allSatisfy(v -> assertThat(v).doesNotContain(ANA));
        assertThat(logs.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(ANA));

        // Once is enough.
        given().header("Authorization", Fixtures.recordsManager(ORG)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Again.")).post("/v1/workers/" + ana + "/destruction").then()
                .spec(problem(409, "conflict"));
    }

    @Test
    void aRefusedDestructionDestroysAndRecordsNothing() {
        String org = "R7E";
        String inPost = Fixtures.newWorkerId();
        String recent = Fixtures.newWorkerId();
        String elsewhere = Fixtures.dueWorker("R7F");
        Fixtures.onRoster(org, inPost, recent);
        given().header("Authorization", Fixtures.hr(org)).contentType(ContentType.JSON)
                .body("{\"role\":\"PSW\",\"team\":\"North\",\"startDate\":\"2020-04-01\",\"endDate\":\""
                        + LocalDate.now().minusYears(1) + "\"}")
                .put("/v1/workers/" + recent).then().statusCode(200);
        String due = Fixtures.dueWorker(org);
        String rm = Fixtures.recordsManager(org);

        destroy(rm, inPost, "{\"reason\":\"Appraised.\"}").spec(problem(409, "conflict"));
        destroy(rm, recent, "{\"reason\":\"Appraised.\"}").spec(problem(409, "conflict"));
        destroy(rm, elsewhere, "{\"reason\":\"Appraised.\"}").spec(problem(404, "not-found"));
        destroy(rm, Fixtures.newWorkerId(), "{\"reason\":\"Appraised.\"}").spec(problem(404, "not-found"));
        given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", rm)
                .contentType(ContentType.JSON).body("{}").post("/v1/workers/" + due + "/destruction").then()
                .spec(problem(400, "validation-failed")).body("errors[0].field", equalTo("reason"));
        given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", rm)
                .contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(1001)))
                .post("/v1/workers/" + due + "/destruction").then().spec(problem(400, "validation-failed"))
                .body("errors[0].field", equalTo("reason"));
        given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", rm)
                .contentType(ContentType.JSON).body(Map.of("reason", "   "))
                .post("/v1/workers/" + due + "/destruction").then().spec(problem(400, "validation-failed"));

        for (String worker : List.of(inPost, recent, due)) {
            assertThat(Fixtures.db().count("select count(*) from worker where organisation = ? and worker_id = ?",
                    org, worker)).as(worker).isEqualTo(1);
        }
        assertThat(Fixtures.db().count("select count(*) from worker where organisation = 'R7F' and worker_id = ?",
                elsewhere)).isEqualTo(1);
        assertThat(Fixtures.db().count("select count(*) from destruction_decision where organisation in"
                + " ('R7E', 'R7F')")).isZero();
        assertThat(Fixtures.db().count("select count(*) from kit.outbox_event where type = ? and organisation in"
                + " ('R7E', 'R7F')", Events.WORKER_RECORDS_DESTROYED)).isZero();
        given().header("Authorization", Fixtures.auditor(org)).get("/v1/workers/" + due + "/destruction").then()
                .spec(problem(404, "not-found"));
    }

    @Test
    void theDefaultPeriodIsSixYearsAndARecordsManagerSetsTheOrganisationsOwn() {
        String org = "R7P";
        given().header("Authorization", Fixtures.hr(org)).get("/v1/retention/policy").then().statusCode(200)
                .body("organisation", equalTo(org)).body("yearsAfterEnd", equalTo(6))
                .body("isDefault", equalTo(true));
        String twoYearsAgo = Fixtures.newWorkerId();
        String lastYear = Fixtures.newWorkerId();
        Fixtures.onRoster(org, twoYearsAgo, lastYear, Fixtures.newWorkerId());
        LocalDate left = LocalDate.now().minusYears(2).minusDays(1);
        for (Map.Entry<String, LocalDate> ended : Map.of(twoYearsAgo, left, lastYear,
                LocalDate.now().minusYears(1)).entrySet()) {
            given().header("Authorization", Fixtures.hr(org)).contentType(ContentType.JSON)
                    .body("{\"role\":\"PSW\",\"team\":\"North\",\"startDate\":\"2020-04-01\",\"endDate\":\""
                            + ended.getValue() + "\"}")
                    .put("/v1/workers/" + ended.getKey()).then().statusCode(200);
        }
        String rm = Fixtures.recordsManager(org);
        given().header("Authorization", rm).get("/v1/retention/due").then().statusCode(200)
                .body("items.size()", equalTo(0));

        given().header("Authorization", rm).contentType(ContentType.JSON).body("{\"yearsAfterEnd\":2}")
                .put("/v1/retention/policy").then().statusCode(200).body("yearsAfterEnd", equalTo(2))
                .body("isDefault", equalTo(false));
        given().header("Authorization", Fixtures.auditor(org)).get("/v1/retention/due").then().statusCode(200)
                .body("items.workerId", contains(twoYearsAgo))
                .body("items[0].dueSince", equalTo(left.plusYears(2).toString()));
        assertThat(Fixtures.db().count("select count(*) from kit.audit_event where action = 'retention-policy.put'"
                + " and resource_id = ? and outcome = 'SUCCEEDED'", org)).isEqualTo(1);

        for (String body : List.of("{\"yearsAfterEnd\":0}", "{\"yearsAfterEnd\":101}", "{}")) {
            given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", rm)
                    .contentType(ContentType.JSON).body(body).put("/v1/retention/policy").then()
                    .spec(problem(400, "validation-failed")).body("errors[0].field", equalTo("yearsAfterEnd"));
        }
        given().header("Authorization", rm).get("/v1/retention/policy").then().body("yearsAfterEnd", equalTo(2));
    }

    private static ValidatableResponse destroy(String token, String workerId, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/v1/workers/" + workerId + "/destruction").then();
    }

    private static void confirm(String supervisee, String session, String comment) {
        given().header("Authorization", Fixtures.psw(ORG, supervisee)).contentType(ContentType.JSON)
                .body(Map.of("comment", comment)).post("/v1/sessions/" + session + "/confirmation").then()
                .statusCode(200);
    }

    private static String context(String session, String field) {
        return "supervision-session/" + session + "/" + field;
    }

    private static String open(byte[] ciphertext, String context) {
        ConfidentialContent content = Arc.container().instance(ConfidentialContent.class).get();
        return QuarkusTransaction.requiringNew().call(() -> content.open(ciphertext, context));
    }

    /** Every row of every table of the service's database (schemas public and kit), as text. */
    private static String everyTablesText() {
        StringBuilder text = new StringBuilder();
        for (Object[] table : Fixtures.db().rows("select table_schema, table_name from information_schema.tables"
                + " where table_schema in ('public', 'kit') and table_type = 'BASE TABLE'")) {
            Fixtures.db().rows("select row_to_json(t)::text from " + table[0] + "." + table[1] + " t")
                    .forEach(row -> text.append(row[0]).append('\n'));
        }
        assertThat(text).as("the dump holds plain columns").contains("Bring a recovery story");
        return text.toString();
    }

    /** Every piece of the organisation's confidential content that still opens, decrypted. */
    private static String everyCiphertextThatOpens() {
        List<String> opened = new ArrayList<>();
        for (Object[] row : Fixtures.db().rows("select id, shared_notes, unattributed_notes,"
                + " unattributed_wellbeing_reflections from supervision_session where organisation = ?", ORG)) {
            String session = row[0].toString();
            opened.add(open((byte[]) row[1], context(session, "shared-notes")));
            opened.add(open((byte[]) row[2], context(session, "notes")));
            opened.add(open((byte[]) row[3], context(session, "wellbeing-reflections")));
        }
        for (Object[] row : Fixtures.db().rows("select p.session_id, p.worker_id, p.notes, p.wellbeing_reflections,"
                + " p.comment from session_supervisee p join supervision_session s on s.id = p.session_id"
                + " where s.organisation = ?", ORG)) {
            String field = context(row[0].toString(), "supervisees/" + row[1] + "/");
            opened.add(open((byte[]) row[2], field + "notes"));
            opened.add(open((byte[]) row[3], field + "wellbeing-reflections"));
            opened.add(open((byte[]) row[4], field + "comment"));
        }
        for (Object[] row : Fixtures.db().rows("select o.session_id, o.id, o.comment from direct_observation o"
                + " join supervision_session s on s.id = o.session_id where s.organisation = ?", ORG)) {
            opened.add(open((byte[]) row[2], context(row[0].toString(), "observations/" + row[1] + "/comment")));
        }
        return String.join("\n", opened.stream().map(String::valueOf).toList());
    }
}
