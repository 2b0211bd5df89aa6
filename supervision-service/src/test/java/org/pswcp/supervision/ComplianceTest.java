package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.supervision.compliance.OverdueCheck;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.EventContracts;
import org.pswcp.testkit.KafkaBroker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ComplianceTest {

    @Inject
    OverdueCheck check;

    private static String newOrganisation() {
        return "T" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(); // an ODS-like code
    }

    private static void put(String organisation, String workerId, String role, String team) {
        given().header("Authorization", Fixtures.hr(organisation)).contentType(ContentType.JSON)
                .body(Map.of("role", role, "team", team, "startDate", "2025-04-01"))
                .put("/v1/workers/" + workerId).then().statusCode(201);
    }

    private static String agreement(String organisation, String supervisee, String supervisor, String type,
            LocalDate start) {
        Map<String, Object> json = Fixtures.agreement(supervisee, supervisor);
        json.put("type", type);
        json.put("frequency", "P1M");
        json.put("startDate", start.toString());
        return Fixtures.record(organisation, json);
    }

    @Test
    void hrSeesEachAgreementAgainstItsFrequencyWhoLacksRoleSpecificSupervisionAndWhoWorksAlone() {
        String organisation = newOrganisation();
        String alex = Fixtures.newWorkerId();
        String bo = Fixtures.newWorkerId();
        String cal = Fixtures.newWorkerId();
        String senior = Fixtures.newWorkerId();
        String clinician = Fixtures.newWorkerId();
        put(organisation, alex, "PSW", "North");
        put(organisation, bo, "PSW", "North");
        put(organisation, senior, "SENIOR_PSW", "North");
        put(organisation, cal, "PSW", "Coast");
        put(organisation, clinician, "CLINICAL_SUPERVISOR", "Coast");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String alexAgreement = agreement(organisation, alex, senior, "ROLE_SPECIFIC", LocalDate.parse("2025-04-07"));
        agreement(organisation, bo, senior, "ROLE_SPECIFIC", today.minusDays(10));
        String calAgreement = agreement(organisation, cal, clinician, "CLINICAL", LocalDate.parse("2025-04-07"));
        String hr = Fixtures.hr(organisation);

        given().header("Authorization", hr).get("/v1/compliance").then().statusCode(200)
                .body("organisation", equalTo(organisation))
                .body("asOf", equalTo(today.toString()))
                .body("supervisees", hasSize(3))
                .body("supervisees.find { it.superviseeWorkerId == '" + alex + "' }.overdue", equalTo(true))
                .body("supervisees.find { it.superviseeWorkerId == '" + alex + "' }.lastHeldOn", nullValue())
                .body("supervisees.find { it.superviseeWorkerId == '" + alex + "' }.nextDueOn", equalTo("2025-05-07"))
                .body("supervisees.find { it.superviseeWorkerId == '" + bo + "' }.overdue", equalTo(false))
                .body("supervisees.find { it.superviseeWorkerId == '" + bo + "' }.daysOverdue", equalTo(0))
                .body("supervisees.find { it.superviseeWorkerId == '" + cal + "' }.team", equalTo("Coast"))
                .body("withoutRoleSpecificSupervision.workerId", containsInAnyOrder(cal, senior))
                .body("isolatedTeams.team", contains("Coast"))
                .body("isolatedTeams[0].workerIds", contains(cal));

        // A session held yesterday puts Alex back on time; Cal's clinical supervision is still overdue.
        Map<String, Object> session = Fixtures.session(alex);
        session.remove("topics");
        session.remove("frameworkVersionId");
        given().header("Authorization", Fixtures.supervisor(organisation, senior)).contentType(ContentType.JSON)
                .body(session).post("/v1/sessions").then().statusCode(201);
        given().header("Authorization", hr).queryParam("overdue", true).get("/v1/compliance").then().statusCode(200)
                .body("supervisees.agreementId", contains(calAgreement))
                .body("supervisees[0].type", equalTo("CLINICAL"));
        given().header("Authorization", hr).get("/v1/compliance").then().statusCode(200)
                .body("supervisees.find { it.agreementId == '" + alexAgreement + "' }.lastHeldOn",
                        equalTo(today.minusDays(1).toString()));
    }

    @Test
    void complianceIsForHrOnly() {
        given().header("Authorization", Fixtures.supervisor("R9A", Fixtures.newWorkerId())).get("/v1/compliance")
                .then().spec(problem(403, "forbidden"));
        given().header("Authorization", Fixtures.psw("R9A", Fixtures.newWorkerId())).get("/v1/compliance")
                .then().spec(problem(403, "forbidden"));
        given().get("/v1/compliance").then().spec(problem(401, "unauthenticated"));
    }

    @Test
    void overdueIsAnnouncedOncePerMissedPeriodAcrossMonthEndsWithTwoCheckersRunningAtOnce() throws Exception {
        String organisation = newOrganisation();
        String supervisee = Fixtures.newWorkerId();
        String supervisor = Fixtures.newWorkerId();
        put(organisation, supervisee, "PSW", "North");
        put(organisation, supervisor, "SENIOR_PSW", "North");
        String agreementId = agreement(organisation, supervisee, supervisor, "ROLE_SPECIFIC",
                LocalDate.parse("2026-01-31"));

        check.check(LocalDate.parse("2026-02-28")); // due that day: not overdue yet
        assertThat(noticesFor(agreementId)).isEmpty();

        twoCheckersAtOnce(LocalDate.parse("2026-03-01"));
        twoCheckersAtOnce(LocalDate.parse("2026-03-31")); // the second period ends that day
        assertThat(noticesFor(agreementId)).containsExactly(LocalDate.parse("2026-02-28"));

        twoCheckersAtOnce(LocalDate.parse("2026-04-01"));
        assertThat(noticesFor(agreementId)).containsExactly(LocalDate.parse("2026-02-28"),
                LocalDate.parse("2026-03-31"));

        List<ConsumerRecord<String, String>> events;
        try (var task = KafkaBroker.companion().consumeStrings().fromTopics(Events.TOPIC,
                m -> m.select().where(r -> supervisee.equals(r.key())
                        && Events.SUPERVISION_OVERDUE.equals(CloudEvents.header(r, "ce_type"))))) {
            task.awaitRecords(2, Duration.ofSeconds(20));
            org.awaitility.Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> task.count() == 2);
            events = task.getRecords();
        }
        EventContracts.assertAllConform(events);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(events.get(0).value());
        JsonNode second = mapper.readTree(events.get(1).value());
        assertThat(first.get("agreementId").asText()).isEqualTo(agreementId);
        assertThat(first.get("periodDueOn").asText()).isEqualTo("2026-02-28");
        assertThat(first.get("daysOverdue").asLong()).isEqualTo(1);
        assertThat(second.get("periodDueOn").asText()).isEqualTo("2026-03-31");
        assertThat(second.get("missedPeriods").asInt()).isEqualTo(2);
        assertThat(second.get("daysOverdue").asLong()).isEqualTo(32);
        assertThat(CloudEvents.header(events.get(0), "ce_organisation")).isEqualTo(organisation);
    }

    /** Two replicas' checks, started together, each in its own transaction. */
    private void twoCheckersAtOnce(LocalDate today) {
        CountDownLatch start = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> awaitThenCheck(start, today));
        var second = CompletableFuture.runAsync(() -> awaitThenCheck(start, today));
        start.countDown();
        CompletableFuture.allOf(first, second).join();
    }

    private void awaitThenCheck(CountDownLatch start, LocalDate today) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        check.check(today);
    }

    private static List<LocalDate> noticesFor(String agreementId) {
        return Fixtures.db().rows("select due_on from overdue_notice where agreement_id = ? order by due_on",
                UUID.fromString(agreementId)).stream().map(row -> ((java.sql.Date) row[0]).toLocalDate()).toList();
    }
}
