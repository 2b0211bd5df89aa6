package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.pswcp.testkit.Problems.problem;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AuditTest {

    @Inject
    DataSource dataSource;

    private static String auditor(String organisation) {
        return Tokens.user("aud-" + organisation).roles(Roles.AUDITOR).organisation(organisation).bearer();
    }

    @Test
    void anAuditedActionWritesOneRowWithWhoWhatAndWhichRequest() {
        String requestId = "req-" + UUID.randomUUID();
        UUID id = UUID.fromString(given().header("Authorization", Tokens.user("hana.hr").roles(Roles.HR)
                .organisation("R9A").clientId("hr-system-r9a").bearer())
                .header("X-Request-ID", requestId)
                .contentType(ContentType.JSON).body("{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                .when().post("/samples").then().statusCode(201).extract().path("id"));

        List<Object[]> rows = new Db(dataSource).rows("select action, resource_type, resource_id, outcome,"
                + " organisation, actor_name, client_id from kit.audit_event where request_id = ?", requestId);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly("sample.create", "sample", id.toString(), "SUCCEEDED", "R9A",
                "hana.hr", "hr-system-r9a");
    }

    @Test
    void aRefusedActionIsAuditedWhileItsChangeIsRolledBack() {
        String requestId = "req-" + UUID.randomUUID();
        given().header("Authorization", Samples.hr("R9A")).header("X-Request-ID", requestId)
                .contentType(ContentType.JSON).body("{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                .when().post("/samples/failing").then().statusCode(409);

        List<Object[]> rows = new Db(dataSource).rows(
                "select action, outcome, reason from kit.audit_event where request_id = ? order by occurred_at",
                requestId);
        // The inner create succeeded inside the failing transaction: its row went with the rollback.
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly("sample.create-and-fail", "REJECTED", "conflict");
    }

    @Test
    void everyRefusedRequestIsAuditedWithItsReason() {
        String noToken = "req-" + UUID.randomUUID();
        given().header("X-Request-ID", noToken).contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .post("/samples").then().spec(problem(401, "unauthenticated"));
        String badToken = "req-" + UUID.randomUUID();
        UUID sample = UUID.randomUUID();
        given().header("X-Request-ID", badToken).header("Authorization", Tokens.user("hana.hr").roles(Roles.HR)
                .organisation("R9A").audience("elsewhere").bearer())
                .get("/samples/" + sample).then().spec(problem(401, "unauthenticated"));
        String wrongRole = "req-" + UUID.randomUUID();
        Tokens psw = Tokens.user("alex.psw").subject("sub-alex").roles(Roles.PSW).organisation("R9A");
        given().header("X-Request-ID", wrongRole).header("Authorization", psw.bearer())
                .contentType(ContentType.JSON).body("{\"title\":\"x\"}").post("/samples")
                .then().spec(problem(403, "forbidden"));

        assertThat(refusal(noToken)).containsExactly("POST /samples", null, "DENIED", "no-token", "anonymous", null);
        assertThat(refusal(badToken)).containsExactly("GET /samples/{id}", sample.toString(), "DENIED",
                "invalid-token", "anonymous", null);
        assertThat(refusal(wrongRole)).containsExactly("POST /samples", null, "DENIED", "role", "sub-alex", "R9A");
    }

    /** The one audit row of a request: action, resource id, outcome, reason, actor, organisation. */
    private Object[] refusal(String requestId) {
        List<Object[]> rows = new Db(dataSource).rows("select action, resource_id, outcome, reason, actor,"
                + " organisation from kit.audit_event where request_id = ?", requestId);
        assertThat(rows).as("audit rows of %s", requestId).hasSize(1);
        return rows.get(0);
    }

    @Test
    void anAuditorReadsTheTrailOfTheirOwnOrganisationOnly() {
        UUID id = Samples.createdId(Samples.uniqueTitle());
        given().header("Authorization", auditor("R9A")).queryParam("resourceId", id.toString())
                .when().get("/v1/audit-events")
                .then().statusCode(200).body("items.action", hasItem("sample.create"));
        given().header("Authorization", auditor("R9B")).queryParam("resourceId", id.toString())
                .when().get("/v1/audit-events")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        given().header("Authorization", auditor("R9B"))
                .when().get("/v1/audit-events")
                .then().statusCode(200).body("items.organisation", everyItem(not("R9A")));
    }

    @Test
    void theTrailPagesWithCursorsWithoutGapsOrRepeats() {
        for (int i = 0; i < 3; i++) {
            Samples.createdId(Samples.uniqueTitle());
        }
        String cursor = null;
        java.util.Set<String> seen = new java.util.HashSet<>();
        int pages = 0;
        do {
            var request = given().header("Authorization", auditor("R9A")).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/v1/audit-events").then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            ids.forEach(x -> assertThat(seen.add(x)).as("each event once").isTrue());
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null && pages < 500);
        assertThat(seen).hasSize((int) new Db(dataSource)
                .count("select count(*) from kit.audit_event where organisation = 'R9A'"));
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        given().header("Authorization", Samples.hr("R9A")).when().get("/v1/audit-events")
                .then().spec(problem(403, "forbidden"));
        given().queryParam("cursor", "not-a-cursor").header("Authorization", auditor("R9A"))
                .when().get("/v1/audit-events")
                .then().spec(problem(400, "validation-failed"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
    }

    @Test
    void theTrailIsAppendOnly() {
        Samples.createdId(Samples.uniqueTitle());
        Db db = new Db(dataSource);
        assertThatThrownBy(() -> db.update("update kit.audit_event set actor = 'someone else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.update("delete from kit.audit_event"))
                .hasMessageContaining("append-only");
    }
}
