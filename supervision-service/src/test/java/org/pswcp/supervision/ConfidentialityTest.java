package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pswcp.supervision.Fixtures.Agreed;
import org.pswcp.testkit.CapturedLogs;
import org.pswcp.testkit.ContractValidation;
import org.pswcp.testkit.KafkaBroker;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Confidential text (notes, wellbeing reflections, comments) planted with a marker, then looked for everywhere it must
 * never be: HR's responses, lists, events on the real broker, log lines, problems, and every column of the database,
 * where it may exist only as ciphertext.
 */
@QuarkusTest
class ConfidentialityTest {

    private static final String MARKER = "SENTINEL" + UUID.randomUUID().toString().replace("-", "");
    private static CapturedLogs logs;

    @BeforeAll
    static void captureLogs() {
        logs = CapturedLogs.start();
    }

    @AfterAll
    static void stopCapturing() {
        logs.stop();
    }

    private static String secret(String what) {
        return what + " " + MARKER + " about my own wellbeing";
    }

    @Test
    void confidentialTextIsNowhereButInItsParticipantsReadsAndEveryReadIsAudited() {
        try (var events = KafkaBroker.companion().consumeStrings().fromTopics(Events.TOPIC)) {
            Agreed agreed = Fixtures.agreed("R9A");
            String supervisor = Fixtures.supervisor("R9A", agreed.supervisorWorkerId());
            String supervisee = Fixtures.psw("R9A", agreed.superviseeWorkerId());
            String hr = Fixtures.hr("R9A");
            List<String> bodies = new ArrayList<>();

            Map<String, Object> session = Fixtures.session(agreed.superviseeWorkerId());
            session.put("notes", secret("notes"));
            session.put("wellbeingReflections", secret("reflections"));
            session.put("observations", List.of(Map.of("superviseeWorkerId", agreed.superviseeWorkerId(),
                    "statementCodes", List.of("1.1.1.1"), "level", "developing", "comment", secret("observed"))));
            session.put("actions", List.of(Map.of("description", "Plan a phased return", "ownerWorkerId",
                    agreed.superviseeWorkerId(), "dueOn", java.time.LocalDate.now().plusDays(7).toString())));
            var recorded = given().header("Authorization", supervisor).contentType(ContentType.JSON).body(session)
                    .post("/v1/sessions").then().statusCode(201).extract();
            String id = recorded.path("id");
            bodies.add(recorded.asString());
            bodies.add(given().header("Authorization", supervisee).contentType(ContentType.JSON)
                    .body(Map.of("comment", secret("my comment"))).post("/v1/sessions/" + id + "/confirmation")
                    .then().statusCode(200).extract().asString());

            // Participants read it back, decrypted; each read is audited.
            given().header("Authorization", supervisee).get("/v1/sessions/" + id + "/confidential").then()
                    .statusCode(200).body("supervisees[0].notes", equalTo(secret("notes")))
                    .body("supervisees[0].wellbeingReflections", equalTo(secret("reflections")))
                    .body("supervisees[0].observationComments[0].comment", equalTo(secret("observed")))
                    .body("supervisees[0].comment", equalTo(secret("my comment")));
            given().header("Authorization", supervisor).get("/v1/sessions/" + id + "/confidential").then()
                    .statusCode(200).body("supervisees[0].notes", equalTo(secret("notes")));
            assertThat(Fixtures.db().count("select count(*) from kit.audit_event where action = ? and resource_id = ?"
                    + " and outcome = 'SUCCEEDED'", "session-confidential.read", id)).isEqualTo(2);

            // HR: the session's metadata, never its content; an attempt is refused and audited.
            bodies.add(given().header("Authorization", hr).get("/v1/sessions/" + id + "/confidential").then()
                    .statusCode(403).extract().asString());
            assertThat(Fixtures.db().count("select count(*) from kit.audit_event where action = ? and resource_id = ?"
                    + " and outcome = 'DENIED'", "session-confidential.read", id)).isEqualTo(1);
            // Refused before the read begins, for the role or the token: audited too, under the operation.
            bodies.add(given().header("Authorization", Fixtures.auditor("R9A")).get("/v1/sessions/" + id
                    + "/confidential").then().statusCode(403).extract().asString());
            bodies.add(given().get("/v1/sessions/" + id + "/confidential").then().statusCode(401).extract()
                    .asString());
            assertThat(Fixtures.db().rows("select reason from kit.audit_event where action = ? and resource_id = ?"
                    + " and outcome = 'DENIED' order by occurred_at", "GET /v1/sessions/{id}/confidential", id))
                    .extracting(row -> row[0]).containsExactly("role", "no-token");
            for (String path : List.of("/v1/sessions/" + id, "/v1/sessions", "/v1/compliance", "/v1/agreements",
                    "/v1/workers", "/v1/workers/" + agreed.superviseeWorkerId())) {
                bodies.add(given().header("Authorization", hr).get(path).then().statusCode(200).extract().asString());
            }
            // Lists and metadata, even for participants.
            for (String caller : List.of(supervisor, supervisee)) {
                bodies.add(given().header("Authorization", caller).get("/v1/sessions").then().statusCode(200)
                        .extract().asString());
                bodies.add(given().header("Authorization", caller).get("/v1/sessions/" + id).then().statusCode(200)
                        .extract().asString());
            }
            bodies.add(given().header("Authorization", supervisee)
                    .get("/v1/workers/" + agreed.superviseeWorkerId() + "/agenda").then().statusCode(200).extract()
                    .asString());
            bodies.add(given().header("Authorization", Fixtures.auditor("R9A")).get("/v1/audit-events").then()
                    .statusCode(200).extract().asString());

            // Problems never quote what was sent.
            Map<String, Object> tooLong = Fixtures.session(agreed.superviseeWorkerId());
            tooLong.put("notes", secret("long").repeat(1000));
            Map<String, Object> stranger = Fixtures.session(Fixtures.newWorkerId());
            stranger.put("wellbeingReflections", secret("stranger"));
            Map<String, Object> wrongType = Fixtures.session(agreed.superviseeWorkerId());
            wrongType.put("notes", Map.of("text", secret("nested")));
            wrongType.put("status", secret("status"));
            for (Object body : List.of(tooLong, stranger, wrongType,
                    "{\"kind\":\"ONE_TO_ONE\",\"notes\":\"" + secret("unterminated"))) {
                bodies.add(given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", supervisor)
                        .contentType(ContentType.JSON).body(body).post("/v1/sessions").then().statusCode(400)
                        .extract().asString());
            }
            bodies.add(given().header("Authorization", supervisee).contentType(ContentType.JSON)
                    .body(Map.of("comment", secret("again"))).post("/v1/sessions/" + id + "/confirmation").then()
                    .statusCode(409).extract().asString());
            bodies.add(given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", supervisee)
                    .contentType(ContentType.JSON).body(Map.of("comment", secret("x").repeat(500)))
                    .post("/v1/sessions/" + id + "/confirmation")
                    .then().statusCode(400).extract().asString());
            assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(MARKER));

            // Events on the real broker: the session and the observation were announced, without the text.
            await().atMost(Duration.ofSeconds(20)).until(() -> events.getRecords().stream()
                    .anyMatch(r -> r.key() != null && r.key().equals(id))
                    && events.getRecords().stream()
                            .anyMatch(r -> agreed.superviseeWorkerId().equals(r.key())
                                    && r.value().contains("\"observationId\"")));
            for (ConsumerRecord<String, String> event : events.getRecords()) {
                assertThat(event.value()).doesNotContain(MARKER);
                for (Header header : event.headers()) {
                    assertThat(new String(header.value())).doesNotContain(MARKER);
                }
            }
            assertThat(logs.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(MARKER));

            // In the database, only as ciphertext: no column of any table holds the text.
            assertThat(columnsHolding(MARKER)).isEmpty();
            List<Object[]> sealed = Fixtures.db().rows("select notes, wellbeing_reflections, comment"
                    + " from session_supervisee where session_id = ?", UUID.fromString(id));
            // Format 2: sealed with the supervisee's own data key, which the ciphertext names.
            assertThat((byte[]) sealed.get(0)[0]).startsWith((byte) 2).hasSizeGreaterThan(secret("notes").length());
            assertThat((byte[]) sealed.get(0)[1]).isNotNull();
            assertThat((byte[]) sealed.get(0)[2]).isNotNull();
            assertThat(Fixtures.db().count("select count(*) from direct_observation where session_id = ?"
                    + " and comment is not null", UUID.fromString(id))).isEqualTo(1);
        }
    }

    @Test
    void ciphertextMovedToAnotherSessionDoesNotOpenThere() throws Exception {
        Agreed agreed = Fixtures.agreed("R9A");
        String supervisor = Fixtures.supervisor("R9A", agreed.supervisorWorkerId());
        String first = Fixtures.recordSession("R9A", agreed.supervisorWorkerId(),
                Fixtures.session(agreed.superviseeWorkerId()));
        String second = Fixtures.recordSession("R9A", agreed.supervisorWorkerId(),
                Fixtures.session(agreed.superviseeWorkerId()));
        Fixtures.db().update("update session_supervisee set notes = (select notes from session_supervisee"
                + " where session_id = ?) where session_id = ?", UUID.fromString(first), UUID.fromString(second));
        given().header("Authorization", supervisor).get("/v1/sessions/" + second + "/confidential")
                .then().statusCode(500);
        given().header("Authorization", supervisor).get("/v1/sessions/" + first + "/confidential")
                .then().statusCode(200);
    }

    /** The columns, in every table of this service's schemas, where the text appears as it is. */
    private static List<String> columnsHolding(String text) {
        List<String> found = new ArrayList<>();
        for (Object[] column : Fixtures.db().rows("""
                select table_schema, table_name, column_name, data_type from information_schema.columns
                where table_schema in ('public', 'kit') and data_type in ('text', 'character varying', 'jsonb', 'json',
                'bytea', 'ARRAY')""")) {
            String name = column[0] + "." + column[1] + "." + column[2];
            String condition = "bytea".equals(column[3])
                    ? "position(convert_to(?, 'UTF8') in \"" + column[2] + "\") > 0"
                    : "\"" + column[2] + "\"::text like '%' || ? || '%'";
            if (Fixtures.db().count("select count(*) from " + column[0] + ".\"" + column[1] + "\" where " + condition,
                    text) > 0) {
                found.add(name);
            }
        }
        return found;
    }
}
