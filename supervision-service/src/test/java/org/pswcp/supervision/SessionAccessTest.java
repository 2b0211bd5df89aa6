package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what with a session of organisation R9A, and with its supervisee's agenda and compliance. Each cell is a
 * caller on one endpoint: the session's supervisor; a colleague who also supervises the supervisee (a clinical
 * agreement) but was not there; a supervisor of someone else; the supervisee; another peer support worker; HR; an
 * auditor; each again in R9B with the same worker ids; and no one. {@code 200+} is a list (sessions, or agenda items)
 * that shows the session, {@code 200-} one that does not. Recording a session for a supervisee one does not supervise
 * is a 400 that names the supervisee, without saying whether they exist.
 */
@QuarkusTest
class SessionAccessTest {

    private static final String MATRIX = """
            caller                organisation  record  list  get   confidential  confirm  done  agenda  compliance
            supervisor-party      R9A           201     200+  200   200           403      200   200+    403
            supervisor-colleague  R9A           201     200+  200   403           403      403   200+    403
            supervisor-other      R9A           400     200-  404   404           403      404   404     403
            psw-supervisee        R9A           403     200+  200   200           200      200   200+    403
            psw-other             R9A           403     200-  404   404           404      404   404     403
            hr                    R9A           403     200+  200   403           403      403   403     200
            auditor               R9A           403     403   403   403           403      403   403     403
            supervisor-party      R9B           400     200-  404   404           403      404   404     403
            supervisor-colleague  R9B           400     200-  404   404           403      404   404     403
            psw-supervisee        R9B           403     200-  404   404           404      404   200-    403
            hr                    R9B           403     200-  404   404           403      403   403     200
            anonymous             -             401     401   401   401           401      401   401     401
            """;

    /** A session of R9A with an action for its supervisee, and a colleague who also supervises the supervisee. */
    record Setting(Fixtures.Agreed agreed, String colleague, String sessionId, String actionId) {
    }

    static Stream<Arguments> cells() {
        return AccessMatrix.cells(MATRIX);
    }

    private static Setting setting() {
        Fixtures.Agreed agreed = Fixtures.agreed("R9A");
        String colleague = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", colleague);
        Map<String, Object> clinical = Fixtures.agreement(agreed.superviseeWorkerId(), colleague);
        clinical.put("type", "CLINICAL");
        Fixtures.record("R9A", clinical);
        Map<String, Object> session = Fixtures.session(agreed.superviseeWorkerId());
        session.put("actions", List.of(Map.of("description", "Read the lone working policy", "ownerWorkerId",
                agreed.superviseeWorkerId(), "dueOn", LocalDate.now().plusDays(7).toString())));
        Response recorded = given().header("Authorization", Fixtures.supervisor("R9A", agreed.supervisorWorkerId()))
                .contentType(ContentType.JSON).body(session).post("/v1/sessions");
        assertThat(recorded.statusCode()).isEqualTo(201);
        return new Setting(agreed, colleague, recorded.path("id"), recorded.path("actions[0].id"));
    }

    @ParameterizedTest(name = "{0} as {1} of {2}: {3}")
    @MethodSource("cells")
    void eachCallerGetsWhatTheMatrixSays(String endpoint, String caller, String organisation, String expected) {
        Setting setting = setting();
        String supervisee = setting.agreed().superviseeWorkerId();
        RequestSpecification request = given();
        String bearer = bearer(caller, organisation, setting);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        long auditedReads = audited(setting.sessionId());

        Response response = switch (endpoint) {
            case "record" -> request.contentType(ContentType.JSON).body(Fixtures.session(supervisee))
                    .post("/v1/sessions");
            case "list" -> request.queryParam("superviseeWorkerId", supervisee).get("/v1/sessions");
            case "get" -> request.get("/v1/sessions/" + setting.sessionId());
            case "confidential" -> request.get("/v1/sessions/" + setting.sessionId() + "/confidential");
            case "confirm" -> request.contentType(ContentType.JSON).body("{\"comment\":\"Agreed.\"}")
                    .post("/v1/sessions/" + setting.sessionId() + "/confirmation");
            case "done" -> request.post("/v1/sessions/" + setting.sessionId() + "/actions/" + setting.actionId()
                    + "/done");
            case "agenda" -> request.get("/v1/workers/" + supervisee + "/agenda");
            case "compliance" -> request.get("/v1/compliance");
            default -> throw new IllegalArgumentException(endpoint);
        };

        String cell = endpoint + " as " + caller + " of " + organisation;
        int status = AccessMatrix.assertStatus(response, expected, cell);
        if (status == 200) {
            AccessMatrix.assertListed(response.path(endpoint.equals("agenda") ? "items.resource" : "items.id"),
                    endpoint.equals("agenda")
                            ? "/v1/sessions/" + setting.sessionId() + "/actions/" + setting.actionId()
                            : setting.sessionId(),
                    expected, cell);
        }
        if (endpoint.equals("get") && status == 200) {
            assertThat(response.<String> path("id")).as(cell).isEqualTo(setting.sessionId());
            assertThat(response.<List<?>> path("actions")).as(cell + ": actions").isEqualTo(
                    caller.equals("hr")
                            ? null
                            : List.of(Map.of("id", setting.actionId(), "description",
                                    "Read the lone working policy", "ownerWorkerId", supervisee, "dueOn",
                                    LocalDate.now().plusDays(7).toString())));
        }
        if (endpoint.equals("compliance") && status == 200) {
            List<String> supervisees = response.path("supervisees.superviseeWorkerId");
            assertThat(supervisees.contains(supervisee)).as(cell).isEqualTo(organisation.equals("R9A"));
        }
        // What each call changed, and nothing else.
        assertThat(Fixtures.db().count("select count(*) from session_supervisee where worker_id = ?", supervisee))
                .as("sessions of the supervisee after " + cell)
                .isEqualTo(endpoint.equals("record") && status == 201 ? 2 : 1);
        assertThat(Fixtures.db().count("select count(*) from session_supervisee where session_id = ?"
                + " and confirmed_at is not null", UUID.fromString(setting.sessionId())))
                .as("confirmed after " + cell).isEqualTo(endpoint.equals("confirm") && status == 200 ? 1 : 0);
        assertThat(Fixtures.db().count("select count(*) from session_action where id = ? and done_at is not null",
                UUID.fromString(setting.actionId())))
                .as("done after " + cell).isEqualTo(endpoint.equals("done") && status == 200 ? 1 : 0);
        assertThat(audited(setting.sessionId()) - auditedReads).as("audited reads after " + cell)
                .isEqualTo(endpoint.equals("confidential") && status != 401 && !caller.equals("auditor") ? 1 : 0);
    }

    private static long audited(String sessionId) {
        return Fixtures.db().count("select count(*) from kit.audit_event where action = 'session-confidential.read'"
                + " and resource_id = ?", sessionId);
    }

    private static String bearer(String caller, String organisation, Setting setting) {
        return switch (caller) {
            case "hr" -> Fixtures.hr(organisation);
            case "supervisor-party" -> Fixtures.supervisor(organisation, setting.agreed().supervisorWorkerId());
            case "supervisor-colleague" -> Fixtures.supervisor(organisation, setting.colleague());
            case "supervisor-other" -> Fixtures.supervisor(organisation, Fixtures.newWorkerId());
            case "psw-supervisee" -> Fixtures.psw(organisation, setting.agreed().superviseeWorkerId());
            case "psw-other" -> Fixtures.psw(organisation, Fixtures.newWorkerId());
            case "auditor" -> Fixtures.auditor(organisation);
            case "anonymous" -> null;
            default -> throw new IllegalArgumentException(caller);
        };
    }
}
