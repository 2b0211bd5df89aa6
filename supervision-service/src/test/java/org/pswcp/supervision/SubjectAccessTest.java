package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.pswcp.testkit.Problems.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A worker's subject access export: ana took part in a group session with ben and in a one-to-one session, both run by
 * their supervisor. Her export holds what is about her (marked ANA) and what the group shared, never what is about ben
 * (marked BEN); HR's copy on her behalf holds her records without any confidential text; the supervisor's own export
 * holds neither's. Every export is audited.
 */
@QuarkusTest
class SubjectAccessTest {

    private static final String ANA = "ANA" + UUID.randomUUID().toString().replace("-", "");
    private static final String BEN = "BEN" + UUID.randomUUID().toString().replace("-", "");
    private static final String SHARED = "Shared: ways of starting conversations about recovery.";

    @Test
    void aWorkersExportHoldsWhatIsAboutThemAndNothingAboutAnyoneElse() {
        String supervisor = Fixtures.newWorkerId();
        String ana = Fixtures.newWorkerId();
        String ben = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", supervisor, ana, ben);
        String anasAgreement = Fixtures.record("R9A", Fixtures.agreement(ana, supervisor));
        Fixtures.record("R9A", Fixtures.agreement(ben, supervisor));

        Map<String, Object> group = Fixtures.session(ana);
        group.remove("notes");
        group.remove("wellbeingReflections");
        group.put("kind", "GROUP");
        group.put("superviseeWorkerIds", List.of(ana, ben));
        group.put("sharedNotes", SHARED);
        group.put("personalNotes", List.of(Map.of("superviseeWorkerId", ana, "notes", ANA + " group notes"),
                Map.of("superviseeWorkerId", ben, "wellbeingReflections", BEN + " wellbeing")));
        group.put("observations", List.of(Map.of("superviseeWorkerId", ben, "statementCodes", List.of("1.1.1.1"),
                "level", "competent", "comment", BEN + " observed")));
        String groupId = Fixtures.recordSession("R9A", supervisor, group);
        Map<String, Object> oneToOne = Fixtures.session(ana);
        oneToOne.put("notes", ANA + " notes");
        oneToOne.put("wellbeingReflections", ANA + " wellbeing");
        oneToOne.put("actions", List.of(Map.of("description", "Read the lone working policy", "ownerWorkerId", ana,
                "dueOn", LocalDate.now().plusDays(7).toString())));
        String oneToOneId = Fixtures.recordSession("R9A", supervisor, oneToOne);
        given().header("Authorization", Fixtures.psw("R9A", ana)).contentType(ContentType.JSON)
                .body(Map.of("comment", ANA + " comment")).post("/v1/sessions/" + oneToOneId + "/confirmation")
                .then().statusCode(200);
        given().header("Authorization", Fixtures.supervisor("R9A", supervisor))
                .get("/v1/sessions/" + oneToOneId + "/confidential").then().statusCode(200);

        // ana asks: everything about her, her confidential content included.
        String export = given().header("Authorization", Fixtures.psw("R9A", ana))
                .get("/v1/workers/" + ana + "/subject-access").then().statusCode(200)
                .body("service", equalTo("supervision-service"))
                .body("workerId", equalTo(ana))
                .body("worker.workerId", equalTo(ana))
                .body("confidentialContentWithheld", equalTo(false))
                .body("agreements.id", contains(anasAgreement))
                .body("sessions.session.id", contains(groupId, oneToOneId))
                .body("sessions.role", contains("SUPERVISEE", "SUPERVISEE"))
                .body("sessions[0].sharedNotes", equalTo(SHARED))
                .body("sessions[0].aboutYou.notes", equalTo(ANA + " group notes"))
                .body("sessions[0].session.observations.size()", equalTo(0))
                .body("sessions[1].aboutYou.notes", equalTo(ANA + " notes"))
                .body("sessions[1].aboutYou.wellbeingReflections", equalTo(ANA + " wellbeing"))
                .body("sessions[1].aboutYou.comment", equalTo(ANA + " comment"))
                .body("sessions[1].session.actions.ownerWorkerId", contains(ana))
                .body("agendaItems.kind", hasItem("ACTION_DUE"))
                .body("auditEvents.findAll { it.resourceId == '" + oneToOneId + "' }.action",
                        hasItem("session-confidential.read"))
                .extract().asString();
        assertThat(export).doesNotContain(BEN);

        // HR on her behalf: the same records, never confidential text (a house rule for every HR response).
        String hrs = given().header("Authorization", Fixtures.hr("R9A")).get("/v1/workers/" + ana + "/subject-access")
                .then().statusCode(200)
                .body("confidentialContentWithheld", equalTo(true))
                .body("sessions.session.id", contains(groupId, oneToOneId))
                .body("sessions[1].session.actions.ownerWorkerId", contains(ana))
                .body("sessions[0].sharedNotes", nullValue())
                .body("sessions[1].aboutYou", nullValue())
                .extract().asString();
        assertThat(hrs).doesNotContain(ANA).doesNotContain(BEN).doesNotContain(SHARED);
        assertThat(Fixtures.db().count("select count(*) from kit.audit_event where action = 'subject-access.export'"
                + " and resource_id = ? and outcome = 'SUCCEEDED'", ana)).isEqualTo(2);

        // The supervisor's own export: the sessions they ran and what they shared, none of their supervisees' content.
        String supervisors = given().header("Authorization", Fixtures.supervisor("R9A", supervisor))
                .get("/v1/workers/" + supervisor + "/subject-access").then().statusCode(200)
                .body("sessions.role", containsInAnyOrder("SUPERVISOR", "SUPERVISOR"))
                .body("sessions[0].sharedNotes", equalTo(SHARED))
                .body("sessions[0].aboutYou", nullValue())
                .extract().asString();
        assertThat(supervisors).doesNotContain(ANA).doesNotContain(BEN);

        // Nobody else: a peer, another trust, an auditor.
        given().header("Authorization", Fixtures.psw("R9A", ben)).get("/v1/workers/" + ana + "/subject-access")
                .then().spec(problem(404, "not-found"));
        given().header("Authorization", Fixtures.hr("R9B")).get("/v1/workers/" + ana + "/subject-access")
                .then().spec(problem(404, "not-found"));
        given().header("Authorization", Fixtures.auditor("R9A")).get("/v1/workers/" + ana + "/subject-access")
                .then().spec(problem(403, "forbidden"));
    }
}
