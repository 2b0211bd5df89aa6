package org.pswcp.assessment;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.AuthorisationMatrix;
import org.pswcp.testkit.AuthorisationMatrix.Call;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of openapi/assessment-service.yaml, as every role, for their own records, another's and another
 * organisation's: allowed gets its 2xx (or the conflict its state gives), a wrong role 403, a record the caller may not
 * see 404, no token 401. Rows that change a record make a fresh one for each caller.
 */
@QuarkusTest
class SecurityMatrixTest {

    @Inject
    DataSource db;

    @Test
    void everyRoleGetsWhatItMaySeeAndNothingElse() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String worker = team.supervisee();
        String subject = team.superviseeToken();
        String submitted = submittedSelf(team, version);
        String signedOff = Fixtures.signedOffSupervisorAssessment(team, version, "1.2.1", 3);

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("subject", subject);
        callers.put("otherPsw", Fixtures.psw("R9A", Fixtures.newWorkerId()));
        callers.put("supervisor", team.supervisorToken());
        callers.put("otherSupervisor", Fixtures.supervisor("R9A", Fixtures.newWorkerId()));
        callers.put("hr", Fixtures.hr("R9A"));
        callers.put("auditor", Tokens.user("aud").roles(Roles.AUDITOR).organisation("R9A").bearer());
        callers.put("editor", Tokens.user("ed").roles(Roles.FRAMEWORK_EDITOR).organisation("X26").bearer());
        callers.put("operator", Tokens.user("olu").roles(Roles.OPERATOR).organisation("X26").bearer());
        callers.put("learningSystem", Fixtures.learningSystem("R9A"));
        callers.put("otherLearningSystem", Fixtures.otherLearningSystem("R9A"));
        callers.put("otherOrgHr", Fixtures.hr("R9B"));
        // The same worker id in another trust is another person.
        callers.put("otherOrgSubject", Fixtures.psw("R9B", worker));
        // The records manager decides destructions in supervision-service; here it reads and changes nothing.
        callers.put("recordsManager", Tokens.user("rhea").roles(Roles.RECORDS_MANAGER).organisation("R9A").bearer());
        callers.put("none", null);

        String rating = "{\"ratings\":[{\"statementCode\":\"1.2.1\",\"value\":4}]}";
        String learningRecords = "/v1/workers/" + worker + "/learning-records";
        String learningRecord = learningRecord(worker, version);
        Supplier<String> completion = () -> Fixtures.completion("LMS-" + UUID.randomUUID(), version, "UNIT 1.2",
                LocalDate.now(), "Recovery College", null);
        AuthorisationMatrix.of("assessment-service.yaml", callers)
                // subject, otherPsw, supervisor, otherSupervisor, hr, auditor, editor, operator, learningSystem,
                // otherLearningSystem, otherOrgHr, otherOrgSubject, recordsManager, none
                .row("GET /v1/assessments/{id}", "GET", "/v1/assessments/" + submitted, null,
                        200, 404, 200, 404, 404, 403, 403, 403, 403, 403, 404, 404, 403, 401)
                .row("GET /v1/assessments/{id}", "GET", "/v1/assessments/" + signedOff, null,
                        200, 404, 200, 404, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401)
                // A supervisor of the worker sees the worker's draft (AssessmentAccess); nobody else does.
                .row("GET /v1/assessments/{id}", () -> call("GET", "/v1/assessments/" + draft(subject, version)),
                        200, 404, 200, 404, 404, 403, 403, 403, 403, 403, 404, 404, 403, 401)
                .row("GET /v1/assessments", "GET", "/v1/assessments", null,
                        200, 200, 200, 200, 200, 403, 403, 403, 403, 403, 200, 200, 403, 401)
                .row("GET /v1/workers/{workerId}/competence-profile", "GET", "/v1/workers/" + worker
                        + "/competence-profile?frameworkVersionId=" + version, null,
                        200, 404, 200, 404, 200, 403, 403, 403, 403, 403, 404, 200, 403, 401)
                // The other trust's worker of that id has no role there, so no role profile to plan against.
                .row("GET /v1/workers/{workerId}/development-plan", "GET", "/v1/workers/" + worker
                        + "/development-plan?frameworkVersionId=" + version, null,
                        200, 404, 200, 404, 200, 403, 403, 403, 403, 403, 404, 400, 403, 401)
                // The worker themself, or HR on their behalf; the same worker id in R9B is another person, whose
                // own export it is, and R9B's HR does not know this one.
                .row("GET /v1/workers/{workerId}/subject-access", "GET", "/v1/workers/" + worker + "/subject-access",
                        null, 200, 404, 404, 404, 200, 403, 403, 403, 403, 403, 404, 200, 403, 401)
                .row("GET /v1/competence-summary", "GET", "/v1/competence-summary?frameworkVersionId=" + version,
                        null, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 200, 403, 403, 401)
                .row("GET /v1/framework-versions", "GET", "/v1/framework-versions", null,
                        200, 200, 200, 200, 200, 200, 200, 403, 200, 200, 200, 200, 403, 401)
                // The change feed: HR (people and HR systems) of each organisation, its own events only.
                .row("GET /v1/changes", "GET", "/v1/changes?limit=1", null,
                        403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 200, 403, 403, 401)
                // Dead letters are the operator's: service-wide, of no organisation.
                .row("GET /v1/dead-letters", "GET", "/v1/dead-letters", null,
                        403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 401)
                .row("POST /v1/dead-letters/replay", "POST", "/v1/dead-letters/replay",
                        "{\"consumer\":\"assessment.workforce\",\"positions\":[{\"partition\":0,\"offset\":0}]}",
                        403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 401)
                .row("GET /v1/audit-events", "GET", "/v1/audit-events", null,
                        403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403, 401)
                .row("POST /v1/assessments", "POST", "/v1/assessments",
                        "{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + version + "\"}",
                        201, 201, 201, 201, 403, 403, 403, 403, 403, 403, 403, 201, 403, 401)
                // Only the author changes a draft.
                .row("PUT /v1/assessments/{id}/ratings",
                        () -> call("PUT", "/v1/assessments/" + draft(subject, version) + "/ratings", rating),
                        200, 404, 403, 404, 404, 403, 403, 403, 403, 403, 404, 404, 403, 401)
                .row("PUT /v1/assessments/{id}/ratings", "PUT", "/v1/assessments/" + submitted + "/ratings", rating,
                        409, 404, 403, 404, 404, 403, 403, 403, 403, 403, 404, 404, 403, 401)
                .row("DELETE /v1/assessments/{id}/ratings/{statementCode}",
                        () -> call("DELETE", "/v1/assessments/" + ratedDraft(subject, version) + "/ratings/1.2.1"),
                        200, 404, 403, 404, 404, 403, 403, 403, 403, 403, 404, 404, 403, 401)
                .row("POST /v1/assessments/{id}/evidence",
                        () -> call("POST", "/v1/assessments/" + draft(subject, version) + "/evidence",
                                "{\"title\":\"Log\",\"kind\":\"REFLECTION\",\"statementCodes\":[\"1.2.1\"]}"),
                        201, 404, 403, 404, 404, 403, 403, 403, 403, 403, 404, 404, 403, 401)
                .row("POST /v1/assessments/{id}/submission",
                        () -> call("POST", "/v1/assessments/" + ratedDraft(subject, version) + "/submission"),
                        200, 404, 403, 404, 404, 403, 403, 403, 403, 403, 404, 404, 403, 401)
                // A supervisor of the worker decides; never the author, nor the worker about themselves.
                .row("POST /v1/assessments/{id}/sign-off",
                        () -> call("POST", "/v1/assessments/" + submittedSelf(team, version) + "/sign-off"),
                        403, 403, 200, 404, 404, 403, 403, 403, 403, 403, 404, 403, 403, 401)
                .row("POST /v1/assessments/{id}/sign-off", "POST", "/v1/assessments/" + signedOff + "/sign-off",
                        null, 403, 403, 403, 404, 403, 403, 403, 403, 403, 403, 404, 403, 403, 401)
                .row("POST /v1/assessments/{id}/return",
                        () -> call("POST", "/v1/assessments/" + submittedSelf(team, version) + "/return",
                                "{\"reason\":\"More evidence, please.\"}"),
                        403, 403, 200, 404, 404, 403, 403, 403, 403, 403, 404, 403, 403, 401)
                // A learning system records completions of its organisation's workers; every other role reads them.
                .row("POST /v1/workers/{workerId}/learning-records",
                        () -> call("POST", learningRecords, completion.get()),
                        403, 403, 403, 403, 403, 403, 403, 403, 201, 201, 403, 403, 403, 401)
                // A learning system reads only its own records; the same worker id in R9B is another person.
                .row("GET /v1/workers/{workerId}/learning-records", "GET", learningRecords, null,
                        200, 404, 200, 404, 200, 403, 403, 403, 200, 200, 404, 200, 403, 401)
                .row("GET /v1/workers/{workerId}/learning-records/{recordId}", "GET",
                        learningRecords + "/" + learningRecord, null,
                        200, 404, 200, 404, 200, 403, 403, 403, 200, 404, 404, 404, 403, 401)
                // Only the system that made a record corrects or withdraws it.
                .row("PUT /v1/workers/{workerId}/learning-records/{recordId}",
                        () -> call("PUT", learningRecords + "/" + learningRecord(worker, version),
                                "{\"unitCode\":\"UNIT 1.1\",\"completedOn\":\"" + LocalDate.now()
                                        + "\",\"provider\":\"Academy\"}"),
                        403, 403, 403, 403, 403, 403, 403, 403, 200, 404, 403, 403, 403, 401)
                .row("DELETE /v1/workers/{workerId}/learning-records/{recordId}",
                        () -> call("DELETE", learningRecords + "/" + learningRecord(worker, version)),
                        403, 403, 403, 403, 403, 403, 403, 403, 200, 404, 403, 403, 403, 401)
                .check();
        given().header("Authorization", callers.get("otherOrgSubject"))
                .get("/v1/workers/" + worker + "/competence-profile?frameworkVersionId=" + version).then()
                .body("organisation", org.hamcrest.Matchers.equalTo("R9B"))
                .body("areas.status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("NOT_ASSESSED")));
    }

    private static Call call(String method, String path) {
        return new Call(method, path, null);
    }

    private static Call call(String method, String path, String body) {
        return new Call(method, path, body);
    }

    /** A completion the R9A learning system recorded for the worker. */
    private static String learningRecord(String worker, UUID version) {
        return Fixtures.recordLearning(Fixtures.learningSystem("R9A"), worker, Fixtures.completion(
                "LMS-" + UUID.randomUUID(), version, "UNIT 1.2", LocalDate.now(), "Recovery College", null));
    }

    private static String draft(String author, UUID version) {
        return Fixtures.start(author, "SELF", version, null, null);
    }

    private static String ratedDraft(String author, UUID version) {
        String id = draft(author, version);
        Fixtures.rate(author, id, "1.2.1", 3).statusCode(200);
        return id;
    }

    private static String submittedSelf(Fixtures.Team team, UUID version) {
        String id = ratedDraft(team.superviseeToken(), version);
        Fixtures.post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        return id;
    }
}
