package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.AuthorisationMatrix;
import org.pswcp.testkit.AuthorisationMatrix.Call;
import org.pswcp.testkit.Tokens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every operation of openapi/supervision-service.yaml as every role: a supervisee and their supervisor in R9A, another
 * supervisor and another peer support worker there, HR, an auditor, a framework editor, an operator, R9B's HR and a
 * worker of R9B with the supervisee's worker id, and no one. A record the caller may not know of is 404; a role that
 * may not ask, 403. Rows that change a record make a fresh one for each caller. SessionAccessTest and
 * AgreementAccessTest look closer at sessions and agreements (what lists show, a supervising colleague).
 */
@QuarkusTest
class AuthorisationMatrixTest {

    @Test
    void everyRoleGetsWhatItMaySeeAndNothingElse() {
        Fixtures.Agreed agreed = Fixtures.agreed("R9A");
        String supervisee = agreed.superviseeWorkerId();
        String[] session = session(agreed);
        String destroyed = Fixtures.destroyed("R9A");
        String rosterImport = rosterImport();

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("supervisor", Fixtures.supervisor("R9A", agreed.supervisorWorkerId()));
        callers.put("otherSupervisor", Fixtures.supervisor("R9A", Fixtures.newWorkerId()));
        callers.put("supervisee", Fixtures.psw("R9A", supervisee));
        callers.put("otherPsw", Fixtures.psw("R9A", Fixtures.newWorkerId()));
        callers.put("hr", Fixtures.hr("R9A"));
        callers.put("auditor", Fixtures.auditor("R9A"));
        callers.put("editor", Tokens.user("ed").roles(Roles.FRAMEWORK_EDITOR).organisation("X26").bearer());
        callers.put("operator", Tokens.user("olu").roles(Roles.OPERATOR).organisation("X26").bearer());
        callers.put("recordsManager", Fixtures.recordsManager("R9A"));
        callers.put("learningSystem", Tokens.user("service-account-learning-system-r9a").roles(Roles.LEARNING_SYSTEM)
                .organisation("R9A").clientId("learning-system-r9a").bearer());
        callers.put("otherOrgHr", Fixtures.hr("R9B"));
        callers.put("otherOrgWorker", Fixtures.psw("R9B", supervisee));
        callers.put("none", null);

        AuthorisationMatrix.of("supervision-service.yaml", callers)
                // supervisor, otherSupervisor, supervisee, otherPsw, hr, auditor, editor, operator, recordsManager,
                // learningSystem (records learning in assessment-service, nothing here), otherOrgHr, otherOrgWorker,
                // none
                .row("GET /v1/workers", "GET", "/v1/workers", null,
                        403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 200, 403, 401)
                .row("GET /v1/workers/{workerId}", "GET", "/v1/workers/" + supervisee, null,
                        403, 403, 200, 404, 200, 403, 403, 403, 403, 403, 404, 404, 401)
                .row("PUT /v1/workers/{workerId}", () -> new Call("PUT", "/v1/workers/" + Fixtures.newWorkerId(),
                        Fixtures.workerJson("North")),
                        403, 403, 403, 403, 201, 403, 403, 403, 403, 403, 201, 403, 401)
                // PARTIAL: a full import would end R9A's other workers. Each organisation's HR imports its own roster.
                .row("POST /v1/roster/imports", () -> new Call("POST", "/v1/roster/imports?mode=PARTIAL",
                        rosterJson()), 403, 403, 403, 403, 202, 403, 403, 403, 403, 403, 202, 403, 401)
                .row("GET /v1/roster/imports/{id}", "GET", "/v1/roster/imports/" + rosterImport, null,
                        403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 404, 403, 401)
                .row("POST /v1/roster/imports/{id}/apply", () -> new Call("POST", "/v1/roster/imports/"
                        + rosterImport() + "/apply", null),
                        403, 403, 403, 403, 202, 403, 403, 403, 403, 403, 404, 403, 401)
                .row("GET /v1/agreements", "GET", "/v1/agreements", null,
                        200, 200, 200, 200, 200, 403, 403, 403, 403, 403, 200, 200, 401)
                .row("GET /v1/agreements/{id}", "GET", "/v1/agreements/" + agreed.id(), null,
                        200, 404, 200, 404, 200, 403, 403, 403, 403, 403, 404, 404, 401)
                // The workers are on R9A's roster: R9B's HR cannot agree on them (400 names the supervisee).
                .row("POST /v1/agreements", () -> new Call("POST", "/v1/agreements", json(newAgreementOnRoster())),
                        403, 403, 403, 403, 201, 403, 403, 403, 403, 403, 400, 403, 401)
                .row("POST /v1/agreements/{id}/end", () -> new Call("POST", "/v1/agreements/"
                        + Fixtures.agreed("R9A").id() + "/end", "{\"endDate\":\"" + LocalDate.now() + "\"}"),
                        403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 404, 403, 401)
                .row("POST /v1/sessions", "POST", "/v1/sessions", json(Fixtures.session(supervisee)),
                        201, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 401)
                .row("GET /v1/sessions", "GET", "/v1/sessions", null,
                        200, 200, 200, 200, 200, 403, 403, 403, 403, 403, 200, 200, 401)
                .row("GET /v1/sessions/{id}", "GET", "/v1/sessions/" + session[0], null,
                        200, 404, 200, 404, 200, 403, 403, 403, 403, 403, 404, 404, 401)
                // HR sees a session's metadata, never its confidential content.
                .row("GET /v1/sessions/{id}/confidential", "GET", "/v1/sessions/" + session[0] + "/confidential",
                        null, 200, 404, 200, 404, 403, 403, 403, 403, 403, 403, 404, 404, 401)
                .row("POST /v1/sessions/{id}/confirmation", () -> new Call("POST", "/v1/sessions/"
                        + session(agreed)[0] + "/confirmation", "{\"comment\":\"Agreed.\"}"),
                        403, 403, 200, 404, 403, 403, 403, 403, 403, 403, 403, 404, 401)
                .row("POST /v1/sessions/{id}/actions/{actionId}/done", () -> {
                    String[] fresh = session(agreed);
                    return new Call("POST", "/v1/sessions/" + fresh[0] + "/actions/" + fresh[1] + "/done", null);
                }, 200, 404, 200, 404, 403, 403, 403, 403, 403, 403, 403, 404, 401)
                // R9B's worker of that id is another person: their own agenda, which is empty.
                .row("GET /v1/workers/{workerId}/agenda", "GET", "/v1/workers/" + supervisee + "/agenda", null,
                        200, 404, 200, 404, 403, 403, 403, 403, 403, 403, 403, 200, 401)
                // Only supervisors have a team view; one who supervises no one today has an empty one.
                .row("GET /v1/agenda", "GET", "/v1/agenda", null,
                        200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 401)
                // The worker themself, or HR on their behalf; R9B's worker of that id is not on R9B's roster.
                .row("GET /v1/workers/{workerId}/subject-access", "GET", "/v1/workers/" + supervisee
                        + "/subject-access", null, 404, 404, 200, 404, 200, 403, 403, 403, 403, 403, 404, 404, 401)
                // The change feed: HR (people and HR systems) of each organisation, its own events only.
                .row("GET /v1/changes", "GET", "/v1/changes?limit=1", null,
                        403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 200, 403, 401)
                // Dead letters are the operator's: service-wide, of no organisation.
                .row("GET /v1/dead-letters", "GET", "/v1/dead-letters", null,
                        403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 401)
                .row("POST /v1/dead-letters/replay", "POST", "/v1/dead-letters/replay",
                        "{\"consumer\":\"supervision.agenda\",\"positions\":[{\"partition\":0,\"offset\":0}]}",
                        403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 401)
                .row("GET /v1/compliance", "GET", "/v1/compliance", null,
                        403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 200, 403, 401)
                .row("GET /v1/audit-events", "GET", "/v1/audit-events", null,
                        403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403, 401)
                .row("POST /v1/confidential-content/re-encryption", "POST", "/v1/confidential-content/re-encryption",
                        null, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 401)
                // The retention period: read by records managers, auditors and HR, each of their own organisation.
                .row("GET /v1/retention/policy", "GET", "/v1/retention/policy", null,
                        403, 403, 403, 403, 200, 200, 403, 403, 200, 403, 200, 403, 401)
                // R9A's default, set again: what the other tests of R9A expect.
                .row("PUT /v1/retention/policy", "PUT", "/v1/retention/policy", "{\"yearsAfterEnd\":6}",
                        403, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 401)
                .row("GET /v1/retention/due", "GET", "/v1/retention/due", null,
                        403, 403, 403, 403, 403, 200, 403, 403, 200, 403, 403, 403, 401)
                .row("POST /v1/workers/{workerId}/destruction", () -> new Call("POST", "/v1/workers/"
                        + Fixtures.dueWorker("R9A") + "/destruction", "{\"reason\":\"Appraised: period passed.\"}"),
                        403, 403, 403, 403, 403, 403, 403, 403, 201, 403, 403, 403, 401)
                .row("GET /v1/workers/{workerId}/destruction", "GET", "/v1/workers/" + destroyed + "/destruction",
                        null, 403, 403, 403, 403, 403, 200, 403, 403, 200, 403, 403, 403, 401)
                .check();
    }

    /** A new session of the agreement's supervisor with its supervisee, with an action: its id and the action's. */
    private static String[] session(Fixtures.Agreed agreed) {
        Map<String, Object> session = Fixtures.session(agreed.superviseeWorkerId());
        session.put("actions", List.of(Map.of("description", "Read the lone working policy", "ownerWorkerId",
                agreed.superviseeWorkerId(), "dueOn", LocalDate.now().plusDays(7).toString())));
        Response recorded = given().header("Authorization", Fixtures.supervisor("R9A", agreed.supervisorWorkerId()))
                .contentType(ContentType.JSON).body(session).post("/v1/sessions");
        assertThat(recorded.statusCode()).isEqualTo(201);
        return new String[]{recorded.path("id"), recorded.path("actions[0].id")};
    }

    /** A new worker, as a JSON roster file. */
    private static String rosterJson() {
        return "[{\"workerId\":\"" + Fixtures.newWorkerId() + "\",\"role\":\"PSW\",\"team\":\"North\","
                + "\"startDate\":\"2025-04-01\"}]";
    }

    /** A partial import of R9A adding one worker, READY to apply: its id. */
    private static String rosterImport() {
        return given().header("Authorization", Fixtures.hr("R9A")).contentType(ContentType.JSON).body(rosterJson())
                .post("/v1/roster/imports?mode=PARTIAL").then().statusCode(202).extract().path("id");
    }

    private static Map<String, Object> newAgreementOnRoster() {
        String supervisee = Fixtures.newWorkerId();
        String supervisor = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", supervisee, supervisor);
        return Fixtures.agreement(supervisee, supervisor);
    }

    private static String json(Map<String, Object> fields) {
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
