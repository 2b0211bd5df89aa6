package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pswcp.testkit.Problems.problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pswcp.supervision.session.ConfidentialCipher;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A group session of two supervisees, ana and ben: what is about ana (an observation of her practice and its comment,
 * the supervisor's notes about her, her wellbeing reflections, her comment, an action she owns) is planted with a
 * marker, and looked for in everything ben, HR, an auditor, another supervisor and another trust can read. Only ana and
 * the session's supervisor read it; a current supervisor of ana's sees her observation and action, never her
 * confidential content. What the supervisor shares with the group, everyone in it reads.
 */
@QuarkusTest
class GroupPrivacyTest {

    private static final String ANA = "ANA" + UUID.randomUUID().toString().replace("-", "");
    private static final String BEN = "BEN" + UUID.randomUUID().toString().replace("-", "");

    private String supervisor;
    private String ana;
    private String ben;
    private String anasOtherSupervisor;

    @BeforeEach
    void groupOfTwo() {
        supervisor = Fixtures.newWorkerId();
        ana = Fixtures.newWorkerId();
        ben = Fixtures.newWorkerId();
        anasOtherSupervisor = Fixtures.newWorkerId();
        Fixtures.onRoster("R9A", supervisor, ana, ben, anasOtherSupervisor);
        for (String supervisee : List.of(ana, ben)) {
            Map<String, Object> agreement = Fixtures.agreement(supervisee, supervisor);
            agreement.put("type", "GROUP");
            Fixtures.record("R9A", agreement);
        }
        Fixtures.record("R9A", Fixtures.agreement(ana, anasOtherSupervisor));
    }

    private Map<String, Object> groupSession() {
        Map<String, Object> session = Fixtures.session(ana);
        session.remove("notes");
        session.remove("wellbeingReflections");
        session.put("kind", "GROUP");
        session.put("superviseeWorkerIds", List.of(ana, ben));
        return session;
    }

    @Test
    void whatIsAboutOneSuperviseeIsReadOnlyByThemAndTheSupervisor() {
        Map<String, Object> session = groupSession();
        session.put("sharedNotes", "Shared: ways of starting conversations about recovery.");
        session.put("personalNotes", List.of(
                Map.of("superviseeWorkerId", ana, "notes", ANA + " notes", "wellbeingReflections", ANA + " wellbeing"),
                Map.of("superviseeWorkerId", ben, "notes", BEN + " notes", "wellbeingReflections",
                        BEN + " wellbeing")));
        session.put("observations", List.of(Map.of("superviseeWorkerId", ana, "statementCodes", List.of("1.1.1.1"),
                "level", "competent", "comment", ANA + " observed")));
        String due = LocalDate.now().plusDays(7).toString();
        session.put("actions", List.of(
                Map.of("description", ANA + " action", "ownerWorkerId", ana, "dueOn", due),
                Map.of("description", "Bring a recovery story to the next group", "ownerWorkerId", supervisor,
                        "dueOn", due)));
        String id = Fixtures.recordSession("R9A", supervisor, session);
        confirm(ana, id, ANA + " comment");
        confirm(ben, id, BEN + " comment");
        String anaToken = Fixtures.psw("R9A", ana);
        String benToken = Fixtures.psw("R9A", ben);
        String supervisorToken = Fixtures.supervisor("R9A", supervisor);

        // ben: the group's shared notes and action, his own entry; nothing of ana's beyond her being there.
        List<String> bens = new ArrayList<>();
        bens.add(given().header("Authorization", benToken).get("/v1/sessions/" + id).then().statusCode(200)
                .body("supervisees.workerId", containsInAnyOrder(ana, ben))
                .body("observations", empty())
                .body("actions.ownerWorkerId", contains(supervisor))
                .body("openActions", equalTo(1))
                .body("hasConfidentialContent", equalTo(true))
                .extract().asString());
        bens.add(given().header("Authorization", benToken).get("/v1/sessions/" + id + "/confidential").then()
                .statusCode(200)
                .body("sharedNotes", equalTo("Shared: ways of starting conversations about recovery."))
                .body("supervisees.workerId", contains(ben))
                .body("supervisees[0].notes", equalTo(BEN + " notes"))
                .body("supervisees[0].wellbeingReflections", equalTo(BEN + " wellbeing"))
                .body("supervisees[0].comment", equalTo(BEN + " comment"))
                .body("supervisees[0].observationComments", empty())
                .body("unattributedNotes", nullValue())
                .extract().asString());
        bens.add(given().header("Authorization", benToken).get("/v1/sessions").then().statusCode(200)
                .extract().asString());
        bens.add(given().header("Authorization", benToken).get("/v1/workers/" + ben + "/agenda").then()
                .statusCode(200).extract().asString());
        assertThat(bens).allSatisfy(body -> assertThat(body).doesNotContain(ANA).doesNotContain("competent"));

        // ana: her own, and the same of the group; nothing of ben's.
        String anas = given().header("Authorization", anaToken).get("/v1/sessions/" + id + "/confidential").then()
                .statusCode(200)
                .body("supervisees.workerId", contains(ana))
                .body("supervisees[0].notes", equalTo(ANA + " notes"))
                .body("supervisees[0].wellbeingReflections", equalTo(ANA + " wellbeing"))
                .body("supervisees[0].observationComments[0].comment", equalTo(ANA + " observed"))
                .extract().asString();
        assertThat(anas).doesNotContain(BEN);
        given().header("Authorization", anaToken).get("/v1/sessions/" + id).then().statusCode(200)
                .body("observations.superviseeWorkerId", contains(ana))
                .body("actions.ownerWorkerId", containsInAnyOrder(ana, supervisor));

        // The supervisor reads every entry.
        given().header("Authorization", supervisorToken).get("/v1/sessions/" + id + "/confidential").then()
                .statusCode(200).body("supervisees.workerId", containsInAnyOrder(ana, ben))
                .body("supervisees.find { it.workerId == '" + ana + "' }.notes", equalTo(ANA + " notes"))
                .body("supervisees.find { it.workerId == '" + ben + "' }.comment", equalTo(BEN + " comment"));

        // ana's other supervisor: her observation and action, not ben's nor anyone's confidential content.
        String colleague = Fixtures.supervisor("R9A", anasOtherSupervisor);
        given().header("Authorization", colleague).get("/v1/sessions/" + id).then().statusCode(200)
                .body("observations.superviseeWorkerId", contains(ana))
                .body("actions.ownerWorkerId", containsInAnyOrder(ana, supervisor))
                .body("hasConfidentialContent", nullValue());
        given().header("Authorization", colleague).get("/v1/sessions/" + id + "/confidential").then()
                .spec(problem(403, "forbidden"));

        // HR, an auditor, another trust: nothing about either of them.
        List<String> others = new ArrayList<>();
        others.add(given().header("Authorization", Fixtures.hr("R9A")).get("/v1/sessions/" + id).then()
                .statusCode(200).body("observations", nullValue()).body("actions", nullValue())
                .body("openActions", equalTo(2)).body("hasConfidentialContent", nullValue())
                .extract().asString());
        others.add(given().header("Authorization", Fixtures.hr("R9A")).get("/v1/sessions").then().statusCode(200)
                .extract().asString());
        others.add(given().header("Authorization", Fixtures.hr("R9A")).get("/v1/sessions/" + id + "/confidential")
                .then().statusCode(403).extract().asString());
        others.add(given().header("Authorization", Fixtures.auditor("R9A")).get("/v1/sessions/" + id).then()
                .statusCode(403).extract().asString());
        others.add(given().header("Authorization", Fixtures.auditor("R9A")).get("/v1/audit-events").then()
                .statusCode(200).extract().asString());
        others.add(given().header("Authorization", Fixtures.hr("R9B")).get("/v1/sessions/" + id).then()
                .statusCode(404).extract().asString());
        others.add(given().header("Authorization", Fixtures.psw("R9B", ben)).get("/v1/sessions/" + id
                + "/confidential").then().statusCode(404).extract().asString());
        assertThat(others).allSatisfy(body -> assertThat(body).doesNotContain(ANA).doesNotContain(BEN));
    }

    @Test
    void aGroupSessionSaysAboutWhomEachPieceIsOrStoresNothing() {
        long before = Fixtures.db().count("select count(*) from supervision_session where supervisor_worker_id = ?",
                supervisor);
        Map<String, Object> unattributed = groupSession();
        unattributed.put("notes", ANA + " whose?");
        unattributed.put("wellbeingReflections", ANA + " whose?");
        refused(unattributed).body("errors.field", containsInAnyOrder("notes", "wellbeingReflections"));

        Map<String, Object> wrongPeople = groupSession();
        wrongPeople.put("personalNotes", List.of(Map.of("superviseeWorkerId", anasOtherSupervisor, "notes", "x"),
                Map.of("superviseeWorkerId", ana, "notes", "x"), Map.of("superviseeWorkerId", ana, "notes", "y")));
        refused(wrongPeople).body("errors.field",
                contains("personalNotes[0].superviseeWorkerId", "personalNotes[2].superviseeWorkerId"));

        Map<String, Object> twice = Fixtures.session(ana);
        twice.put("superviseeWorkerIds", List.of(ana));
        twice.put("personalNotes", List.of(Map.of("superviseeWorkerId", ana, "notes", "x")));
        refused(twice).body("errors.field", contains("personalNotes"));

        assertThat(Fixtures.db().count("select count(*) from supervision_session where supervisor_worker_id = ?",
                supervisor)).isEqualTo(before);
    }

    @Test
    void aGroupRecordFromBeforeContentWasKeptPerSuperviseeIsTheSupervisorsAlone() throws Exception {
        String id = Fixtures.recordSession("R9A", supervisor, groupSession());
        // As the migration left it: notes and reflections once for the session, under its own context.
        ConfidentialCipher cipher = ConfidentialCipher.withKey("k1",
                "ZGV2LWFuZC10ZXN0LW9ubHktbm90LWEtcmVhbC1rZXk=");
        Fixtures.db().update("update supervision_session set unattributed_notes = ?,"
                + " unattributed_wellbeing_reflections = ? where id = ?",
                cipher.seal(ANA + " old notes", "supervision-session/" + id + "/notes"),
                cipher.seal(ANA + " old reflections", "supervision-session/" + id + "/wellbeing-reflections"),
                UUID.fromString(id));

        given().header("Authorization", Fixtures.supervisor("R9A", supervisor))
                .get("/v1/sessions/" + id + "/confidential").then().statusCode(200)
                .body("unattributedNotes", equalTo(ANA + " old notes"))
                .body("unattributedWellbeingReflections", equalTo(ANA + " old reflections"));
        for (String supervisee : List.of(ana, ben)) {
            String body = given().header("Authorization", Fixtures.psw("R9A", supervisee))
                    .get("/v1/sessions/" + id + "/confidential").then().statusCode(200).extract().asString();
            assertThat(body).doesNotContain(ANA);
            given().header("Authorization", Fixtures.psw("R9A", supervisee)).get("/v1/sessions/" + id).then()
                    .statusCode(200).body("hasConfidentialContent", equalTo(false));
        }
    }

    private static void confirm(String supervisee, String id, String comment) {
        given().header("Authorization", Fixtures.psw("R9A", supervisee)).contentType(ContentType.JSON)
                .body(Map.of("comment", comment)).post("/v1/sessions/" + id + "/confirmation").then().statusCode(200);
    }

    private ValidatableResponse refused(Map<String, Object> session) {
        return given().header("Authorization", Fixtures.supervisor("R9A", supervisor)).contentType(ContentType.JSON)
                .body(session).post("/v1/sessions").then().spec(problem(400, "validation-failed"));
    }
}
