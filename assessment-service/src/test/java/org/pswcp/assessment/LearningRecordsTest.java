package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.assessment.Fixtures.completion;
import static org.pswcp.assessment.Fixtures.recordLearning;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.ContractValidation;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * A trust's learning system records, corrects and withdraws the curriculum units its workers completed: each change
 * announced once, audited, and only by the system that made the record; a repeat is the same record; bad input stores
 * nothing.
 */
@QuarkusTest
class LearningRecordsTest {

    private static final String LINK = "https://learning.north-demo-trust.example/certificates/";

    @Inject
    DataSource db;

    @Test
    void aLearningSystemRecordsACompletionAndLearningRecordedGoesOutWithoutTheCertificateLink() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String externalId = "LMS-" + UUID.randomUUID();
        LocalDate day = LocalDate.now().minusDays(3);

        ExtractableResponse<Response> created = as(Fixtures.learningSystem("R9A"))
                .body(completion(externalId, version, "UNIT 1.2", day, "Recovery College", LINK + externalId))
                .post("/v1/workers/" + team.supervisee() + "/learning-records").then().statusCode(201)
                .body("workerId", equalTo(team.supervisee()))
                .body("organisation", equalTo("R9A"))
                .body("learningSystem", equalTo("learning-system-r9a"))
                .body("externalId", equalTo(externalId))
                .body("unitCode", equalTo("UNIT 1.2"))
                .body("unitTitle", equalTo("Safeguarding"))
                .body("statementCodes", contains("1.2.1"))
                .body("completedOn", equalTo(day.toString()))
                .body("provider", equalTo("Recovery College"))
                .body("certificateLink", equalTo(LINK + externalId))
                .body("status", equalTo("RECORDED"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"))
                .endsWith("/v1/workers/" + team.supervisee() + "/learning-records/" + id);

        List<ConsumerRecord<String, String>> events = CloudEvents.exactlyWithKey(Events.ASSESSMENT_TOPIC,
                team.supervisee(), 1, Duration.ofSeconds(20));
        EventContracts.assertAllConform(events);
        assertThat(CloudEvents.header(events.get(0), "ce_type")).isEqualTo(Events.LEARNING_RECORDED);
        assertThat(CloudEvents.header(events.get(0), "ce_organisation")).isEqualTo("R9A");
        assertThat(events.get(0).value()).contains("\"learningRecordId\":\"" + id + "\"",
                "\"unitCode\":\"UNIT 1.2\"", "\"statementCodes\":[\"1.2.1\"]", "\"completedOn\":\"" + day + "\"")
                .doesNotContain(LINK);
        assertThat(audited("learning-record.record", id)).isEqualTo(1);
    }

    @Test
    void theSameCompletionSentAgainIsTheSameRecordAndOtherContentUnderItsIdIsAConflict() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String externalId = "LMS-" + UUID.randomUUID();
        String body = completion(externalId, version, "UNIT 1.2", LocalDate.now(), "Recovery College", null);
        String path = "/v1/workers/" + team.supervisee() + "/learning-records";
        String id = recordLearning(Fixtures.learningSystem("R9A"), team.supervisee(), body);

        as(Fixtures.learningSystem("R9A")).body(body).post(path).then().statusCode(200).body("id", equalTo(id));
        as(Fixtures.learningSystem("R9A"))
                .body(completion(externalId, version, "UNIT 1.1", LocalDate.now(), "Recovery College", null))
                .post(path).then().spec(problem(409, "conflict"));
        // Another system's id space is its own: the same external id there is another record.
        String others = recordLearning(Fixtures.otherLearningSystem("R9A"), team.supervisee(), body);

        assertThat(others).isNotEqualTo(id);
        as(Fixtures.learningSystem("R9A")).get(path + "/" + id).then().statusCode(200)
                .body("unitCode", equalTo("UNIT 1.2"));
        assertThat(new Db(db).count("select count(*) from learning_record where external_id = ?", externalId))
                .isEqualTo(2);
        assertThat(CloudEvents.exactlyWithKey(Events.ASSESSMENT_TOPIC, team.supervisee(), 2, Duration.ofSeconds(20)))
                .extracting(r -> CloudEvents.header(r, "ce_type"))
                .containsOnly(Events.LEARNING_RECORDED);
    }

    @Test
    void theSameCompletionSentManyTimesAtOnceMakesOneRecordAndOneEvent() throws Exception {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String externalId = "LMS-" + UUID.randomUUID();
        String body = completion(externalId, version, "UNIT 1.2", LocalDate.now(), "Recovery College", null);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> sent = pool.invokeAll(Collections.nCopies(6, () -> as(Fixtures.learningSystem("R9A"))
                    .body(body).post("/v1/workers/" + team.supervisee() + "/learning-records").statusCode()));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : sent) {
                statuses.add(status.get());
            }
            // One makes it; the others get it (200) or, caught at the same moment, a conflict to send again.
            assertThat(statuses).isSubsetOf(200, 201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdown();
        }

        assertThat(new Db(db).count("select count(*) from learning_record where external_id = ?", externalId))
                .isEqualTo(1);
        assertThat(CloudEvents.exactlyWithKey(Events.ASSESSMENT_TOPIC, team.supervisee(), 1, Duration.ofSeconds(20)))
                .extracting(r -> CloudEvents.header(r, "ce_type")).containsExactly(Events.LEARNING_RECORDED);
        as(Fixtures.learningSystem("R9A")).body(body).post("/v1/workers/" + team.supervisee() + "/learning-records")
                .then().statusCode(200).body("externalId", equalTo(externalId));
    }

    @Test
    void onlyTheSystemThatMadeARecordCorrectsOrWithdrawsItAndEachChangeIsAnnouncedAndAudited() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String externalId = "LMS-" + UUID.randomUUID();
        String system = Fixtures.learningSystem("R9A");
        String id = recordLearning(system, team.supervisee(),
                completion(externalId, version, "UNIT 1.2", LocalDate.now(), "Recovery College", null));
        String path = "/v1/workers/" + team.supervisee() + "/learning-records/" + id;
        String correction = "{\"unitCode\":\"UNIT 1.1\",\"completedOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"provider\":\"Recovery College\",\"certificateLink\":\"" + LINK + "1\"}";

        as(Fixtures.otherLearningSystem("R9A")).body(correction).put(path).then().spec(problem(404, "not-found"));
        as(Fixtures.otherLearningSystem("R9A")).delete(path).then().spec(problem(404, "not-found"));
        as(Fixtures.hr("R9A")).body(correction).put(path).then().spec(problem(403, "forbidden"));
        as(Fixtures.hr("R9A")).delete(path).then().spec(problem(403, "forbidden"));
        as(team.superviseeToken()).delete(path).then().spec(problem(403, "forbidden"));
        as(Fixtures.learningSystem("R9B")).delete(path).then().spec(problem(404, "not-found"));

        as(system).body(correction).put(path).then().statusCode(200)
                .body("unitCode", equalTo("UNIT 1.1"))
                .body("statementCodes", contains("1.1.1.1", "1.1.1.2"))
                .body("completedOn", equalTo(LocalDate.now().minusDays(1).toString()))
                .body("certificateLink", equalTo(LINK + "1"))
                .body("externalId", equalTo(externalId));
        as(system).delete(path).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        as(system).delete(path).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        as(system).body(correction).put(path).then().spec(problem(409, "conflict"));
        as(system).body(completion(externalId, version, "UNIT 1.2", LocalDate.now(), "Recovery College", null))
                .post("/v1/workers/" + team.supervisee() + "/learning-records").then()
                .spec(problem(409, "conflict"));

        List<ConsumerRecord<String, String>> events = CloudEvents.exactlyWithKey(Events.ASSESSMENT_TOPIC,
                team.supervisee(), 3, Duration.ofSeconds(20));
        EventContracts.assertAllConform(events);
        assertThat(events).extracting(r -> CloudEvents.header(r, "ce_type")).containsExactly(
                Events.LEARNING_RECORDED, Events.LEARNING_RECORD_CORRECTED, Events.LEARNING_RECORD_WITHDRAWN);
        assertThat(events.get(1).value()).contains("\"unitCode\":\"UNIT 1.1\"").doesNotContain(LINK);
        assertThat(audited("learning-record.correct", id)).isEqualTo(1);
        assertThat(audited("learning-record.withdraw", id)).isEqualTo(2);
    }

    @Test
    void anUnknownUnitAFutureDateAWorkerOfAnotherOrganisationOrALinkThatIsNotHttpsStoresNothing() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String otherOrgWorker = Fixtures.newWorkerId();
        Fixtures.worker(db, "R9B", otherOrgWorker, "PSW");
        String system = Fixtures.learningSystem("R9A");
        String externalId = "LMS-" + UUID.randomUUID();
        String worker = "/v1/workers/" + team.supervisee() + "/learning-records";

        as(system).body(completion(externalId, version, "UNIT 9.9", LocalDate.now(), "College", null))
                .post(worker).then().spec(problem(400, "validation-failed"))
                .body("errors.field", contains("unitCode"));
        as(system).body(completion(externalId, version, "UNIT 1.2", LocalDate.now().plusDays(2), "College", null))
                .post(worker).then().spec(problem(400, "validation-failed"))
                .body("errors.field", contains("completedOn"));
        as(system).body(completion(externalId, version, "UNIT 1.2", LocalDate.now(), "College", null))
                .post("/v1/workers/" + otherOrgWorker + "/learning-records").then()
                .spec(problem(400, "validation-failed")).body("errors.field", contains("workerId"));
        for (String link : List.of("http://learning.example/c/1", "ftp://learning.example/c/1", "javascript:x",
                "https://")) {
            as(system).filter(ContractValidation.deliberatelyInvalid())
                    .body(completion(externalId, version, "UNIT 1.2", LocalDate.now(), "College", link))
                    .post(worker).then().spec(problem(400, "validation-failed"))
                    .body("errors.field", contains("certificateLink"));
        }
        as(system).body(completion(externalId, UUID.randomUUID(), "UNIT 1.2", LocalDate.now(), "College", null))
                .post(worker).then().spec(problem(400, "validation-failed"))
                .body("errors.field", contains("frameworkVersionId"));

        assertThat(new Db(db).count("select count(*) from learning_record where external_id = ?", externalId))
                .isZero();
        assertThat(new Db(db).count("select count(*) from kit.outbox_event where event_key in (?, ?)",
                team.supervisee(), otherOrgWorker)).isZero();
    }

    @Test
    void theWorkerTheirSupervisorsAndHrReadAllALearningSystemOnlyItsOwnAnotherOrganisationNothing() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String ours = recordLearning(Fixtures.learningSystem("R9A"), team.supervisee(),
                completion("LMS-" + UUID.randomUUID(), version, "UNIT 1.2", LocalDate.now(), "College", null));
        String theirs = recordLearning(Fixtures.otherLearningSystem("R9A"), team.supervisee(),
                completion("LMS-" + UUID.randomUUID(), version, "UNIT 1.1", LocalDate.now(), "Academy", null));
        String list = "/v1/workers/" + team.supervisee() + "/learning-records";

        for (String reader : List.of(team.superviseeToken(), team.supervisorToken(), Fixtures.hr("R9A"))) {
            as(reader).get(list).then().statusCode(200).body("items.id", contains(ours, theirs));
            as(reader).get(list + "/" + theirs).then().statusCode(200).body("provider", equalTo("Academy"));
        }
        as(Fixtures.learningSystem("R9A")).get(list).then().statusCode(200).body("items.id", contains(ours));
        as(Fixtures.learningSystem("R9A")).get(list + "/" + theirs).then().spec(problem(404, "not-found"));

        for (String stranger : List.of(Fixtures.psw("R9A", Fixtures.newWorkerId()),
                Fixtures.supervisor("R9A", Fixtures.newWorkerId()), Fixtures.hr("R9B"),
                Fixtures.learningSystem("R9B"))) {
            as(stranger).get(list).then().spec(problem(404, "not-found"));
            as(stranger).get(list + "/" + ours).then().spec(problem(404, "not-found"));
        }
        // The same worker id in another trust is another person, who has no learning records there.
        as(Fixtures.psw("R9B", team.supervisee())).get(list).then().statusCode(200).body("items", empty());
        as(Fixtures.psw("R9B", team.supervisee())).get(list + "/" + ours).then().spec(problem(404, "not-found"));
        // A learning system, or HR, asking about a worker the organisation does not know finds nothing.
        as(Fixtures.learningSystem("R9A")).get("/v1/workers/" + Fixtures.newWorkerId() + "/learning-records").then()
                .spec(problem(404, "not-found"));
        as(Fixtures.hr("R9A")).get("/v1/workers/" + Fixtures.newWorkerId() + "/learning-records").then()
                .spec(problem(404, "not-found"));
    }

    private long audited(String action, String id) {
        return new Db(db).count("select count(*) from kit.audit_event where action = ? and resource_id = ?"
                + " and outcome = 'SUCCEEDED'", action, id);
    }
}
