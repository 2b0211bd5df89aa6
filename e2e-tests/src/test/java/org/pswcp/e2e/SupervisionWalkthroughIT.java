package org.pswcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The README's supervision walk-through, with real tokens against the running services: HR pushes its roster; priya
 * submits a self-assessment and it reaches her supervision agenda; sam, her senior PSW, records a session with notes
 * and a direct observation, discussing that item; priya confirms it with a comment; the observation reaches her
 * competence profile; HR's compliance view shows alex's clinical supervision overdue and priya's on time, and HR never
 * sees the notes, nor does any log line. Then sam runs a group session with alex and priya: each reads what was shared
 * and what is about them, never what is about the other.
 */
class SupervisionWalkthroughIT {

    private static final String MARKER = "E2E-CONFIDENTIAL-" + UUID.randomUUID();

    @Test
    void aSessionIsRecordedConfirmedObservedAndComplianceFollowsWhileTheNotesStayWithItsParticipants()
            throws Exception {
        String hr = Stack.clientToken("hr-system-r9a", "hr-r9a-local-secret");
        String hana = Stack.userToken("hana.hr");
        String priya = Stack.userToken("priya.psw");
        String sam = Stack.userToken("sam.supervisor");

        // HR pushes its roster again: an idempotent upsert, no change, 200.
        Stack.as(hr, Stack.SUPERVISION).body("{\"role\":\"PSW\",\"team\":\"Community Mental Health, East\","
                + "\"startDate\":\"2025-04-01\"}").put("/v1/workers/10000002").then().statusCode(200);

        // priya submits a self-assessment: it opens an item on her supervision agenda, which sam reads too.
        String version = Stack.as(priya, Stack.ASSESSMENT).get("/v1/framework-versions").then().statusCode(200)
                .extract().path("items.find { it.versionCode == '2020-10' }.versionId");
        String self = Stack.as(priya, Stack.ASSESSMENT)
                .body("{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + version + "\",\"scope\":[\"2.5\"]}")
                .post("/v1/assessments").then().statusCode(201).extract().path("id");
        Stack.as(priya, Stack.ASSESSMENT).body("{\"ratings\":[{\"statementCode\":\"2.5.2.3\",\"value\":3}]}")
                .put("/v1/assessments/" + self + "/ratings").then().statusCode(200);
        Stack.as(priya, Stack.ASSESSMENT).post("/v1/assessments/" + self + "/submission").then().statusCode(200);
        String item = await().atMost(Duration.ofSeconds(30)).until(() -> Stack.as(sam, Stack.SUPERVISION)
                .get("/v1/workers/10000002/agenda").then().statusCode(200).extract()
                .<String> path("items.find { it.resource == '/v1/assessments/" + self + "' }.id"),
                id -> id != null);

        // sam records the session: notes, reflections and an observation comment are confidential.
        Map<String, Object> session = Map.ofEntries(Map.entry("kind", "ONE_TO_ONE"),
                Map.entry("superviseeWorkerIds", List.of("10000002")),
                Map.entry("startsAt", Instant.now().minus(Duration.ofHours(1)).toString()),
                Map.entry("durationMinutes", 60), Map.entry("format", "IN_PERSON"), Map.entry("status", "HELD"),
                Map.entry("frameworkVersionId", version), Map.entry("topics", List.of("2.5")),
                Map.entry("discussedAgendaItemIds", List.of(item)),
                Map.entry("actions", List.of(Map.of("description", "Shadow a first meeting with a new patient",
                        "ownerWorkerId", "10000002", "dueOn", LocalDate.now().plusDays(14).toString()))),
                Map.entry("observations", List.of(Map.of("superviseeWorkerId", "10000002", "statementCodes",
                        List.of("2.5.2.3"), "level", "competent", "comment", MARKER + " observed"))),
                Map.entry("notes", MARKER + " notes"), Map.entry("wellbeingReflections", MARKER + " wellbeing"));
        var recorded = Stack.as(sam, Stack.SUPERVISION).body(session).post("/v1/sessions").then().statusCode(201)
                .extract();
        String id = recorded.path("id");
        String observation = recorded.path("observations[0].id");

        // priya confirms, with her own comment; both are kept.
        Stack.as(priya, Stack.SUPERVISION).body(Map.of("comment", MARKER + " comment"))
                .post("/v1/sessions/" + id + "/confirmation").then().statusCode(200)
                .body("supervisees[0].confirmedAt", notNullValue());
        Stack.as(priya, Stack.SUPERVISION).get("/v1/sessions/" + id + "/confidential").then().statusCode(200)
                .body("supervisees[0].notes", equalTo(MARKER + " notes"))
                .body("supervisees[0].comment", equalTo(MARKER + " comment"));

        // The discussed item closed; the agreed action is on her agenda.
        Stack.as(priya, Stack.SUPERVISION).get("/v1/workers/10000002/agenda").then().statusCode(200)
                .body("items.id", not(hasItem(item)))
                .body("items.kind", hasItem("ACTION_DUE"));
        // The observation reached assessment-service, as evidence in priya's profile.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Stack.as(priya, Stack.ASSESSMENT)
                .queryParam("frameworkVersionId", version).get("/v1/workers/10000002/competence-profile").then()
                .statusCode(200)
                .body("areas.find { it.code == '2.5' }.statements.find { it.code == '2.5.2.3' }.evidence.id",
                        hasItem(observation)));

        // HR: compliance and the session's metadata, never its notes.
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        String compliance = Stack.as(hana, Stack.SUPERVISION).get("/v1/compliance").then().statusCode(200)
                .body("supervisees.find { it.superviseeWorkerId == '10000001' && it.type == 'CLINICAL' }.overdue",
                        equalTo(true))
                .body("supervisees.find { it.superviseeWorkerId == '10000002' }.overdue", equalTo(false))
                .body("supervisees.find { it.superviseeWorkerId == '10000002' }.lastHeldOn", equalTo(today))
                .extract().asString();
        String metadata = Stack.as(hana, Stack.SUPERVISION).get("/v1/sessions/" + id).then().statusCode(200)
                .body("actions", nullValue()).extract().asString();
        String refused = Stack.as(hana, Stack.SUPERVISION).get("/v1/sessions/" + id + "/confidential").then()
                .statusCode(403).extract().asString();
        assertThat(List.of(compliance, metadata, refused)).allSatisfy(body -> assertThat(body).doesNotContain(MARKER));

        // A group session of alex and priya: the shared notes are everyone's, priya's notes hers and sam's alone.
        String alex = Stack.userToken("alex.psw");
        Map<String, Object> group = Map.ofEntries(Map.entry("kind", "GROUP"),
                Map.entry("superviseeWorkerIds", List.of("10000001", "10000002")),
                Map.entry("startsAt", Instant.now().minus(Duration.ofMinutes(30)).toString()),
                Map.entry("durationMinutes", 90), Map.entry("format", "IN_PERSON"), Map.entry("status", "HELD"),
                Map.entry("sharedNotes", "Shared ways of starting conversations about recovery."),
                Map.entry("personalNotes", List.of(
                        Map.of("superviseeWorkerId", "10000002", "wellbeingReflections", MARKER + " priya's own"),
                        Map.of("superviseeWorkerId", "10000001", "notes", "Wants to co-run the next group."))));
        String groupId = Stack.as(sam, Stack.SUPERVISION).body(group).post("/v1/sessions").then().statusCode(201)
                .extract().path("id");
        String alexReads = Stack.as(alex, Stack.SUPERVISION).get("/v1/sessions/" + groupId + "/confidential").then()
                .statusCode(200).body("sharedNotes", equalTo("Shared ways of starting conversations about recovery."))
                .body("supervisees.workerId", contains("10000001"))
                .body("supervisees[0].notes", equalTo("Wants to co-run the next group.")).extract().asString();
        assertThat(alexReads).doesNotContain(MARKER);
        Stack.as(priya, Stack.SUPERVISION).get("/v1/sessions/" + groupId + "/confidential").then().statusCode(200)
                .body("supervisees.workerId", contains("10000002"))
                .body("supervisees[0].wellbeingReflections", equalTo(MARKER + " priya's own"));
        for (String service : List.of("framework-service", "assessment-service", "supervision-service")) {
            assertThat(Files.readString(Stack.LOGS.resolve(service + ".log"))).as(service + "'s log")
                    .doesNotContain(MARKER);
        }
    }
}
