package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.EventContracts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class TeamAgendaTest {

    private static final String[] AGENDA_TABLES = {"agenda_item", "supervision_agreement", "session_supervisee",
            "supervision_session", "session_action"};

    @Test
    void aSupervisorSeesEverySuperviseesOpenItemsActionsAndNextSessionInOneResponse() {
        Fixtures.Agreed first = Fixtures.agreed("R9A");
        String supervisor = first.supervisorWorkerId();
        String second = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", second);
        Fixtures.record("R9A", Fixtures.agreement(second, supervisor));
        Fixtures.Agreed someoneElses = Fixtures.agreed("R9A");

        // The first supervisee submitted an assessment; a session yesterday agreed an action, already overdue.
        UUID assessmentId = UUID.randomUUID();
        submitted(first.superviseeWorkerId(), assessmentId);
        Map<String, Object> session = Fixtures.session(first.superviseeWorkerId());
        LocalDate dueYesterday = LocalDate.now().minusDays(1);
        session.put("actions", List.of(Map.of("description", "Read the lone working policy", "ownerWorkerId",
                first.superviseeWorkerId(), "dueOn", dueYesterday.toString())));
        String sessionId = Fixtures.recordSession("R9A", supervisor, session);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> team(supervisor).statusCode(200)
                .body("supervisees.find { it.workerId == '" + first.superviseeWorkerId() + "' }.items", hasSize(1)));

        ValidatableResponse team = team(supervisor).statusCode(200)
                .body("supervisorWorkerId", equalTo(supervisor))
                .body("supervisees.workerId", contains(second, first.superviseeWorkerId()))
                .body("supervisees.workerId", not(hasItem(someoneElses.superviseeWorkerId())));
        String held = "supervisees.find { it.workerId == '" + first.superviseeWorkerId() + "' }";
        team.body(held + ".items.kind", contains("ASSESSMENT_SUBMITTED"))
                .body(held + ".items.resource", contains("/v1/assessments/" + assessmentId))
                .body(held + ".actions.kind", contains("ACTION_DUE"))
                .body(held + ".actions[0].resource", org.hamcrest.Matchers.startsWith("/v1/sessions/" + sessionId))
                .body(held + ".actions[0].dueOn", equalTo(dueYesterday.toString()))
                .body(held + ".actions[0].overdue", equalTo(true))
                .body(held + ".overdueActions", equalTo(1))
                .body(held + ".agreements[0].lastHeldOn", equalTo(LocalDate.now().minusDays(1).toString()))
                .body(held + ".nextSessionDueOn", equalTo(LocalDate.now().minusDays(1).plusWeeks(2).toString()))
                .body(held + ".overdue", equalTo(false));
        // The second has never had a session under an agreement that started in 2025: overdue, so listed first.
        String never = "supervisees.find { it.workerId == '" + second + "' }";
        team.body(never + ".overdue", equalTo(true))
                .body(never + ".agreements[0].lastHeldOn", org.hamcrest.Matchers.nullValue())
                .body(never + ".agreements[0].nextDueOn", equalTo("2025-04-21"))
                .body(never + ".items", empty())
                .body(never + ".actions", empty());
        // No notes, no action descriptions: only what the per-worker agenda shows.
        assertThat(team.extract().asString()).doesNotContain("lone working", "first month");
    }

    @Test
    void theTeamViewLoadsInTheSameFewQueriesHoweverManyTheSupervisorSupervises() {
        Fixtures.Agreed one = Fixtures.agreed("R9A");
        List<String> forOne = StatementCounter.during(() -> team(one.supervisorWorkerId()).statusCode(200)
                .body("supervisees", hasSize(1)), AGENDA_TABLES);

        Fixtures.Agreed many = Fixtures.agreed("R9A");
        for (int i = 0; i < 4; i++) {
            String supervisee = Fixtures.newWorkerId();
            Fixtures.onRoster("R9A", supervisee);
            Fixtures.record("R9A", Fixtures.agreement(supervisee, many.supervisorWorkerId()));
            submitted(supervisee, UUID.randomUUID());
        }
        // Every supervisee's item is on their agenda before the count starts, so the consumer adds no query.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> team(many.supervisorWorkerId())
                .body("supervisees.items.flatten()", hasSize(4)));
        List<String> forFive = StatementCounter.during(() -> team(many.supervisorWorkerId()).statusCode(200)
                .body("supervisees", hasSize(5)), AGENDA_TABLES);

        assertThat(forFive).hasSameSizeAs(forOne).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void onlySupervisorsHaveATeamViewAndOneWithoutSuperviseesHasAnEmptyOne() {
        team(Fixtures.newWorkerId()).statusCode(200).body("supervisees", empty());
        given().header("Authorization", Fixtures.hr("R9A")).get("/v1/agenda").then().spec(problem(403, "forbidden"));
        given().header("Authorization", Fixtures.psw("R9A", Fixtures.newWorkerId())).get("/v1/agenda").then()
                .spec(problem(403, "forbidden"));
    }

    @Test
    void anEndedAgreementTakesTheSuperviseeOffTheTeamViewThatDay() {
        Fixtures.Agreed agreed = Fixtures.agreed("R9A");
        team(agreed.supervisorWorkerId()).body("supervisees.workerId", contains(agreed.superviseeWorkerId()));
        given().header("Authorization", Fixtures.hr("R9A")).contentType("application/json")
                .body("{\"endDate\":\"" + LocalDate.now().minusDays(1) + "\"}")
                .post("/v1/agreements/" + agreed.id() + "/end").then().statusCode(200);
        team(agreed.supervisorWorkerId()).statusCode(200).body("supervisees", empty());
    }

    private static ValidatableResponse team(String supervisorWorkerId) {
        return given().header("Authorization", Fixtures.supervisor("R9A", supervisorWorkerId)).get("/v1/agenda")
                .then();
    }

    private static void submitted(String workerId, UUID assessmentId) {
        CloudEvents.send(CloudEvents.event(Events.ASSESSMENT_TOPIC, workerId, Events.ASSESSMENT_SUBMITTED,
                UUID.randomUUID().toString(), "R9A",
                EventContracts.valid(Events.ASSESSMENT_SUBMITTED, "{\"assessmentId\":\"" + assessmentId
                        + "\",\"workerId\":\"" + workerId + "\",\"team\":null,\"kind\":\"SELF\","
                        + "\"frameworkVersionId\":\"" + UUID.randomUUID()
                        + "\",\"submittedAt\":\"2026-11-23T10:00:00Z\"}")));
    }
}
