package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.assessment.Fixtures.post;
import static org.pswcp.testkit.Problems.problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;

import io.quarkus.test.junit.QuarkusTest;

/**
 * WorkerRecordsDestroyed for ana, a senior PSW with two supervisors who also supervises ben. Everything about ana
 * carries the sentinel ANA, everything about ben BEN, in every free-text field (learning records' too). After the event
 * no table holds ANA, and none but the audit trail ana's id; no endpoint shows anything of her; ben's records are
 * whole, naming "(destroyed)" where ana wrote, signed off, returned or observed; HR's summary shows the same totals. A
 * replay, a second decision and a destruction in another organisation change nothing here.
 */
@QuarkusTest
class WorkerRecordsDestroyedTest {

    private static final String ORG = "RD1";
    private static final String OTHER_ORG = "RD2";
    private static final String ANA = "ANA" + UUID.randomUUID().toString().replace("-", "");
    private static final String BEN = "BEN" + UUID.randomUUID().toString().replace("-", "");
    private static final String MARKER = "(destroyed)";

    @Inject
    DataSource db;

    @Test
    void destroyingAWorkersRecordsLeavesNothingOfThemButTheAuditEntryAndKeepsOthersRecordsAndHrsTotals() {
        UUID version = Fixtures.publishedVersion();
        String ana = workerId("ana");
        String ben = workerId("ben");
        String s1 = workerId("sup");
        String s2 = workerId("sup");
        workerUpdated(ORG, ana, "SENIOR_PSW", ANA + " team");
        workerUpdated(ORG, ben, "PSW", BEN + " team");
        workerUpdated(OTHER_ORG, ana, "PSW", "Elsewhere");
        for (String supervisor : List.of(s1, s2)) {
            Fixtures.agreement(db, ORG, supervisor, ana);
            Fixtures.agreement(db, ORG, supervisor, ben);
        }
        Fixtures.agreement(db, ORG, ana, ben);
        String anaPsw = Fixtures.psw(ORG, ana);
        String anaSupervisor = Fixtures.supervisor(ORG, ana);
        String benPsw = Fixtures.psw(ORG, ben);
        String sup1 = Fixtures.supervisor(ORG, s1);
        String sup2 = Fixtures.supervisor(ORG, s2);

        // About ana: a self-assessment returned, resubmitted and signed off; a supervisor's, signed off; an
        // observation's draft; a direct observation recorded in supervision.
        String anaSelf = assessment(anaPsw, "SELF", version, null, "1.1.1.1", ANA + " self");
        post(anaPsw, "/v1/assessments/" + anaSelf + "/submission").statusCode(200);
        returnWithReason(sup1, anaSelf, ANA + " return reason");
        post(anaPsw, "/v1/assessments/" + anaSelf + "/submission").statusCode(200);
        post(sup2, "/v1/assessments/" + anaSelf + "/sign-off").statusCode(200);
        String aboutAna = assessment(sup1, "SUPERVISOR", version, ana, "1.2.1", ANA + " by sup1");
        post(sup1, "/v1/assessments/" + aboutAna + "/submission").statusCode(200);
        post(sup2, "/v1/assessments/" + aboutAna + "/sign-off").statusCode(200);
        String observedAna = assessment(sup1, "DIRECT_OBSERVATION", version, ana, "1.1.1.2", ANA + " observed");
        Fixtures.observation(db, ORG, ana, s1, version, "1.1.1.2", "competent");
        // Her trust's learning system recorded a completion of hers, and withdrew another; one of ben's stays.
        String anaLearning = Fixtures.recordLearning(Fixtures.learningSystem(ORG), ana, Fixtures.completion(
                ANA + "-lms", version, "UNIT 1.2", LocalDate.now(), ANA + " college", null));
        String anaWithdrawn = Fixtures.recordLearning(Fixtures.learningSystem(ORG), ana, Fixtures.completion(
                ANA + "-lms2", version, "UNIT 1.1", LocalDate.now(), ANA + " academy", null));
        as(Fixtures.learningSystem(ORG)).delete("/v1/workers/" + ana + "/learning-records/" + anaWithdrawn).then()
                .statusCode(200);

        // About ben, where ana acted: she signs off his self-assessment, writes one about him, returns another,
        // observes
        // him; and a draft of hers about him is kept as an Idempotency-Key's answer.
        String benSelf = assessment(benPsw, "SELF", version, null, "1.1.1.1", BEN + " self");
        post(benPsw, "/v1/assessments/" + benSelf + "/submission").statusCode(200);
        post(anaSupervisor, "/v1/assessments/" + benSelf + "/sign-off").statusCode(200);
        String anaAboutBen = assessment(anaSupervisor, "SUPERVISOR", version, ben, "1.2.1", BEN + " by ana");
        post(anaSupervisor, "/v1/assessments/" + anaAboutBen + "/submission").statusCode(200);
        post(sup1, "/v1/assessments/" + anaAboutBen + "/sign-off").statusCode(200);
        String benReturned = assessment(benPsw, "SELF", version, null, "1.1.1.2", BEN + " returned");
        post(benPsw, "/v1/assessments/" + benReturned + "/submission").statusCode(200);
        returnWithReason(anaSupervisor, benReturned, BEN + " return reason by ana");
        Fixtures.observation(db, ORG, ben, ana, version, "1.2.1", "competent");
        String benLearning = Fixtures.recordLearning(Fixtures.learningSystem(ORG), ben, Fixtures.completion(
                BEN + "-lms", version, "UNIT 1.2", LocalDate.now(), BEN + " college", null));
        as(anaSupervisor).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"kind\":\"SUPERVISOR\",\"frameworkVersionId\":\"" + version + "\",\"workerId\":\"" + ben
                        + "\"}")
                .post("/v1/assessments").then().statusCode(201);

        String summary = "/v1/competence-summary?frameworkVersionId=" + version;
        String totals = as(Fixtures.hr(ORG)).get(summary).then().statusCode(200)
                .body("workers", equalTo(2))
                .body("areas.find { it.area == '1.2' }.met", equalTo(2))
                .extract().asString();
        assertThat(tableText()).contains(ANA).contains(ana);
        long bensText = occurrences(tableText(), BEN);

        // A destruction in another organisation forgets ana there, and touches nothing here.
        ProducerRecord<String, String> elsewhere = destroyed(OTHER_ORG, ana);
        CloudEvents.send(elsewhere);
        awaitApplied(elsewhere);
        assertThat(new Db(db).count("select count(*) from worker where worker_id = ?", ana)).isEqualTo(1);
        assertThat(new Db(db).count("select count(*) from assessment where subject_worker_id = ?", ana)).isEqualTo(3);
        assertThat(new Db(db).count("select count(*) from learning_record where worker_id = ?", ana)).isEqualTo(2);
        assertThat(occurrences(tableText(), ANA)).isPositive();
        assertThat(destructionsAudited(ORG, ana)).isZero();
        assertThat(destructionsAudited(OTHER_ORG, ana)).isEqualTo(1);

        ProducerRecord<String, String> destruction = destroyed(ORG, ana);
        CloudEvents.send(destruction);
        awaitApplied(destruction);

        // No table holds ana's text; none her id but the audit trail, which names her once more, as destroyed, and
        // the list of destroyed workers, by which her events replayed from the topic are not applied again.
        String everything = tableText();
        assertThat(everything).doesNotContain(ANA);
        assertThat(tableText("audit_event", "destroyed_worker")).doesNotContain(ana);
        assertThat(new Db(db).count("select count(*) from kit.destroyed_worker where organisation = ?"
                + " and worker_id = ?", ORG, ana)).isEqualTo(1);
        assertThat(destructionsAudited(ORG, ana)).isEqualTo(1);
        assertThat(new Db(db).single("select actor from kit.audit_event where action = 'records.destroyed'"
                + " and organisation = ? and resource_id = ?", ORG, ana)).isEqualTo("system");
        assertThat(new Db(db).count("select workers from destroyed_worker_count where organisation = ?"
                + " and framework_version_id = ?", ORG, version)).isEqualTo(1);

        assertThat(new Db(db).count("select count(*) from learning_record where worker_id = ?", ana)).isZero();

        // No endpoint shows anything of her.
        for (String caller : List.of(sup1, Fixtures.hr(ORG), Fixtures.learningSystem(ORG))) {
            as(caller).get("/v1/workers/" + ana + "/learning-records/" + anaLearning).then()
                    .spec(problem(404, "not-found"));
        }
        for (String id : List.of(anaSelf, aboutAna, observedAna)) {
            as(sup1).get("/v1/assessments/" + id).then().spec(problem(404, "not-found"));
            as(Fixtures.hr(ORG)).get("/v1/assessments/" + id).then().spec(problem(404, "not-found"));
        }
        for (String caller : List.of(sup1, Fixtures.hr(ORG), anaPsw)) {
            as(caller).get("/v1/assessments?workerId=" + ana).then().statusCode(200).body("items", empty());
        }
        as(Fixtures.hr(ORG)).get("/v1/workers/" + ana + "/competence-profile").then().spec(problem(404, "not-found"));
        as(Fixtures.hr(ORG)).get("/v1/workers/" + ana + "/development-plan").then().spec(problem(404, "not-found"));
        as(Fixtures.hr(ORG)).get("/v1/workers/" + ana + "/subject-access").then().spec(problem(404, "not-found"));
        String own = as(anaPsw).get("/v1/workers/" + ana + "/subject-access").then().statusCode(200)
                .body("worker", equalTo(null))
                .body("assessments", empty())
                .body("assessmentsByYou", empty())
                .body("supervisionLinks", empty())
                .body("observations", empty())
                .body("learningRecords", empty())
                .body("auditEvents.action", hasItem("records.destroyed"))
                .extract().asString();
        String profile = as(anaPsw).get("/v1/workers/" + ana + "/competence-profile?frameworkVersionId=" + version)
                .then().statusCode(200).extract().asString();
        assertThat(own + profile).doesNotContain(ANA);
        assertThat(profile).doesNotContain(anaSelf).doesNotContain(aboutAna);

        // ben's records are whole, naming the marker where ana acted; HR's totals are the same.
        assertThat(occurrences(everything, BEN)).isEqualTo(bensText);
        as(sup1).get("/v1/assessments/" + anaAboutBen).then().statusCode(200)
                .body("authorWorkerId", equalTo(MARKER))
                .body("ratings[0].comment", equalTo(BEN + " by ana"));
        as(benPsw).get("/v1/assessments/" + benSelf).then().statusCode(200).body("signedOffBy", equalTo(MARKER));
        as(benPsw).get("/v1/assessments/" + benReturned).then().statusCode(200)
                .body("returnReason", equalTo(BEN + " return reason by ana"));
        as(benPsw).get("/v1/workers/" + ben + "/subject-access").then().statusCode(200)
                .body("supervisionLinks.supervisorWorkerId", hasItem(MARKER))
                .body("observations.observerWorkerId", hasItem(MARKER));
        as(Fixtures.hr(ORG)).get("/v1/workers/" + ben + "/learning-records/" + benLearning).then().statusCode(200)
                .body("provider", equalTo(BEN + " college"));
        as(Fixtures.hr(ORG)).get(summary).then().statusCode(200).body(equalTo(totals));

        // A replay of the event, and a second decision about her, change nothing.
        String tables = tableText("outbox_event", "inbox_event", "audit_event");
        double repeats = Fixtures.repeatsSkipped("assessment.workforce");
        CloudEvents.send(destruction);
        ProducerRecord<String, String> again = destroyed(ORG, ana);
        CloudEvents.send(again);
        awaitApplied(again);
        assertThat(Fixtures.repeatsSkipped("assessment.workforce")).isEqualTo(repeats + 1);
        assertThat(tableText("outbox_event", "inbox_event", "audit_event")).isEqualTo(tables);
        as(Fixtures.hr(ORG)).get(summary).then().statusCode(200).body(equalTo(totals));
    }

    private ProducerRecord<String, String> destroyed(String organisation, String workerId) {
        return CloudEvents.event(Events.SUPERVISION_TOPIC, workerId, Events.WORKER_RECORDS_DESTROYED, organisation,
                EventContracts.valid(Events.WORKER_RECORDS_DESTROYED, "{\"workerId\":\"" + workerId
                        + "\",\"organisation\":\"" + organisation + "\",\"destroyedAt\":\"2026-12-05T10:00:00Z\","
                        + "\"decisionId\":\"" + UUID.randomUUID() + "\"}"));
    }

    private void awaitApplied(ProducerRecord<String, String> event) {
        Fixtures.awaitRows(db, "select count(*) from kit.inbox_event where event_id = ?", 1, CloudEvents.id(event));
    }

    private long destructionsAudited(String organisation, String workerId) {
        return new Db(db).count("select count(*) from kit.audit_event where action = 'records.destroyed'"
                + " and organisation = ? and resource_id = ? and outcome = 'SUCCEEDED'", organisation, workerId);
    }

    private void workerUpdated(String organisation, String workerId, String role, String team) {
        CloudEvents.send(CloudEvents.event(Events.SUPERVISION_TOPIC, workerId, Events.WORKER_UPDATED, organisation,
                EventContracts.valid(Events.WORKER_UPDATED, "{\"workerId\":\"" + workerId + "\",\"role\":\"" + role
                        + "\",\"team\":\"" + team + "\",\"startDate\":\"2025-04-01\"}")));
        Fixtures.awaitRows(db, "select count(*) from worker where organisation = ? and worker_id = ?", 1,
                organisation, workerId);
    }

    /** Every row of every table of the service's schemas, as text, but the tables named. */
    private String tableText(String... except) {
        List<String> skipped = List.of(except);
        StringBuilder text = new StringBuilder();
        for (Object[] table : new Db(db).rows("select table_schema, table_name from information_schema.tables"
                + " where table_schema in ('public', 'kit') and table_type = 'BASE TABLE'"
                + " order by table_schema, table_name")) {
            if (skipped.contains((String) table[1])) {
                continue;
            }
            text.append("== ").append(table[0]).append('.').append(table[1]).append('\n');
            List<String> rows = new ArrayList<>();
            new Db(db).rows("select t::text from \"" + table[0] + "\".\"" + table[1] + "\" t")
                    .forEach(row -> rows.add((String) row[0]));
            rows.stream().sorted().forEach(row -> text.append(row).append('\n'));
        }
        return text.toString();
    }

    private static long occurrences(String text, String sentinel) {
        return text.split(sentinel, -1).length - 1L;
    }

    /** A worker id no UUID, timestamp or sentinel can contain: a name, and letters beyond hexadecimal. */
    private static String workerId(String name) {
        Random random = new Random();
        StringBuilder id = new StringBuilder(name).append('-');
        for (int i = 0; i < 10; i++) {
            id.append((char) ('g' + random.nextInt(20)));
        }
        return id.toString();
    }

    /** An assessment rating one statement 3, with {@code text} in the comment, the evidence's title and its link. */
    private static String assessment(String author, String kind, UUID version, String workerId, String code,
            String text) {
        String id = Fixtures.start(author, kind, version, workerId, null);
        as(author).body("{\"ratings\":[{\"statementCode\":\"" + code + "\",\"value\":3,\"comment\":\"" + text
                + "\"}]}").put("/v1/assessments/" + id + "/ratings").then().statusCode(200);
        as(author).body("{\"title\":\"" + text + "\",\"kind\":\"REFLECTION\",\"link\":\"https://learning.example/"
                + text.replace(' ', '-') + "\",\"statementCodes\":[\"" + code + "\"]}")
                .post("/v1/assessments/" + id + "/evidence").then().statusCode(201);
        return id;
    }

    private static void returnWithReason(String bearer, String id, String reason) {
        as(bearer).body("{\"reason\":\"" + reason + "\"}").post("/v1/assessments/" + id + "/return").then()
                .statusCode(200);
    }
}
