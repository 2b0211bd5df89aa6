package org.pswcp.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every role, against every endpoint, for its own organisation's records and another's: allowed gets its 2xx, a wrong
 * role 403, a record the caller may not see 404, no token 401.
 */
@QuarkusTest
class SecurityMatrixTest {

    @Inject
    DataSource db;

    private Fixtures.Team team;
    private UUID version;
    private String submitted;
    private String signedOff;
    private Map<String, String> callers;

    @BeforeEach
    void scenario() {
        version = Fixtures.publishedVersion();
        team = Fixtures.Team.in(db, "R9A");
        submitted = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        Fixtures.rate(team.superviseeToken(), submitted, "1.2.1", 3).statusCode(200);
        Fixtures.post(team.superviseeToken(), "/v1/assessments/" + submitted + "/submission").statusCode(200);
        signedOff = Fixtures.signedOffSupervisorAssessment(team, version, "1.2.1", 3);
        callers = new LinkedHashMap<>();
        callers.put("subject", team.superviseeToken());
        callers.put("otherPsw", Fixtures.psw("R9A", Fixtures.newWorkerId()));
        callers.put("supervisor", team.supervisorToken());
        callers.put("otherSupervisor", Fixtures.supervisor("R9A", Fixtures.newWorkerId()));
        callers.put("hr", Fixtures.hr("R9A"));
        callers.put("auditor", Tokens.user("aud").roles(Roles.AUDITOR).organisation("R9A").bearer());
        callers.put("editor", Tokens.user("ed").roles(Roles.FRAMEWORK_EDITOR).organisation("X26").bearer());
        callers.put("otherOrgHr", Fixtures.hr("R9B"));
        callers.put("otherOrgSubject", Fixtures.psw("R9B", team.supervisee()));
        callers.put("none", null);
    }

    /** One row: a request, and the status each caller gets. */
    record Row(String method, String path, String body, Map<String, Integer> expected) {
    }

    private static Map<String, Integer> expect(int subject, int otherPsw, int supervisor, int otherSupervisor, int hr,
            int auditor, int editor, int otherOrgHr, int otherOrgSubject) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("subject", subject);
        m.put("otherPsw", otherPsw);
        m.put("supervisor", supervisor);
        m.put("otherSupervisor", otherSupervisor);
        m.put("hr", hr);
        m.put("auditor", auditor);
        m.put("editor", editor);
        m.put("otherOrgHr", otherOrgHr);
        m.put("otherOrgSubject", otherOrgSubject);
        m.put("none", 401);
        return m;
    }

    @Test
    void everyRoleGetsWhatItMaySeeAndNothingElse() {
        String worker = team.supervisee();
        List<Row> rows = List.of(
                new Row("GET", "/v1/assessments/" + submitted, null,
                        expect(200, 404, 200, 404, 404, 403, 403, 404, 404)),
                new Row("GET", "/v1/assessments/" + signedOff, null,
                        expect(200, 404, 200, 404, 200, 403, 403, 404, 404)),
                new Row("GET", "/v1/assessments", null,
                        expect(200, 200, 200, 200, 200, 403, 403, 200, 200)),
                new Row("PUT", "/v1/assessments/" + submitted + "/ratings",
                        "{\"ratings\":[{\"statementCode\":\"1.2.1\",\"value\":4}]}",
                        expect(409, 404, 403, 404, 404, 403, 403, 404, 404)),
                new Row("POST", "/v1/assessments/" + signedOff + "/sign-off", null,
                        expect(403, 403, 403, 404, 403, 403, 403, 404, 403)),
                // The same worker id in another trust is another person: their own, empty profile.
                new Row("GET", "/v1/workers/" + worker + "/competence-profile?frameworkVersionId=" + version, null,
                        expect(200, 404, 200, 404, 200, 403, 403, 404, 200)),
                new Row("GET", "/v1/workers/" + worker + "/development-plan?frameworkVersionId=" + version, null,
                        expect(200, 404, 200, 404, 200, 403, 403, 404, 400)),
                new Row("GET", "/v1/competence-summary?frameworkVersionId=" + version, null,
                        expect(403, 403, 403, 403, 200, 403, 403, 200, 403)),
                new Row("POST", "/v1/assessments",
                        "{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + version + "\"}",
                        expect(201, 201, 201, 201, 403, 403, 403, 403, 201)),
                new Row("GET", "/v1/framework-versions", null,
                        expect(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row("GET", "/v1/audit-events", null,
                        expect(403, 403, 403, 403, 403, 200, 403, 403, 403)),
                new Row("POST", "/v1/assessments/" + submitted + "/evidence",
                        "{\"title\":\"Log\",\"kind\":\"REFLECTION\"}",
                        expect(409, 404, 403, 404, 404, 403, 403, 404, 404)),
                new Row("DELETE", "/v1/assessments/" + submitted + "/ratings/1.2.1", null,
                        expect(409, 404, 403, 404, 404, 403, 403, 404, 404)),
                new Row("POST", "/v1/assessments/" + submitted + "/submission", null,
                        expect(409, 404, 403, 404, 404, 403, 403, 404, 404)),
                // Last, as it changes the assessment: the supervisor returns it, after which it is RETURNED.
                new Row("POST", "/v1/assessments/" + submitted + "/return", "{\"reason\":\"more evidence\"}",
                        expect(403, 403, 200, 404, 404, 403, 403, 404, 403)));

        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            for (var expected : row.expected().entrySet()) {
                var request = given().contentType(ContentType.JSON);
                String token = callers.get(expected.getKey());
                if (token != null) {
                    request.header("Authorization", token);
                }
                if (row.body() != null) {
                    request.body(row.body());
                }
                int actual = request.request(row.method(), row.path()).then().extract().statusCode();
                if (actual != expected.getValue()) {
                    mismatches.add(row.method() + " " + row.path() + " as " + expected.getKey() + ": expected "
                            + expected.getValue() + ", got " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        given().header("Authorization", callers.get("otherOrgSubject"))
                .get("/v1/workers/" + worker + "/competence-profile?frameworkVersionId=" + version).then()
                .body("organisation", org.hamcrest.Matchers.equalTo("R9B"))
                .body("areas.status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("NOT_ASSESSED")));
    }
}
