package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pswcp.supervision.roster.RosterImportExpiry;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.ContractValidation;
import org.pswcp.testkit.EventContracts;

import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Roster imports, each in an organisation of its own: a full import ends whoever its file leaves out, so sharing R9A
 * would end the other tests' workers.
 */
@io.quarkus.test.junit.QuarkusTest
class RosterImportTest {

    private static final String HEADER = "workerId,role,team,startDate,endDate\n";

    @Test
    void aDryRunSaysWhoWouldBeAddedChangedAndEndedAndChangesNothing() {
        String org = newOrganisation();
        String[] w = onRoster(org, 3);
        String joiner = Fixtures.newWorkerId();
        String csv = HEADER + w[0] + ",PSW,North,2025-04-01,\n" + w[1] + ",PSW,South,2025-04-01,\n"
                + joiner + ",SENIOR_PSW,North,2026-12-01,\n";

        Response created = upload(org, "text/csv", csv, "");
        created.then().statusCode(202)
                .header("Location", endsWith("/v1/roster/imports/" + created.path("id")))
                .body("status", equalTo("READY")).body("mode", equalTo("FULL")).body("format", equalTo("CSV"))
                .body("rows", equalTo(3)).body("errorCount", equalTo(0))
                .body("counts.added", equalTo(1)).body("counts.changed", equalTo(1))
                .body("counts.ended", equalTo(1)).body("counts.unchanged", equalTo(1))
                .body("changes.workerId", contains(w[1], joiner, w[2]))
                .body("changes.change", contains("CHANGED", "ADDED", "ENDED"))
                .body("changes[0].fields", contains("team")).body("changes[0].line", equalTo(3))
                .body("changes[1].line", equalTo(4)).body("changes[2].line", nullValue())
                .body("changes[2].fields", contains("endDate"));

        // Nothing changed, and nothing was announced beyond the three pushes that made the roster.
        worker(org, w[2]).statusCode(200).body("endDate", nullValue());
        worker(org, w[1]).statusCode(200).body("team", equalTo("North"));
        worker(org, joiner).spec(problem(404, "not-found"));
        assertThat(eventsOf(org)).isEqualTo(3);
        given().header("Authorization", Fixtures.hr(org)).get("/v1/roster/imports/" + created.path("id")).then()
                .statusCode(200).body("status", equalTo("READY")).body("changes", hasSize(3));
    }

    @Test
    void applyingMakesTheChangesAsOneWithTheEventsOfSingleUpdatesAndEndsTheMissingOnTheEffectiveDate() {
        String org = newOrganisation();
        String[] w = onRoster(org, 3);
        String joiner = Fixtures.newWorkerId();
        String csv = HEADER + w[0] + ",PSW,North,2025-04-01,\n" + w[1] + ",PSW,South,2025-04-01,\n"
                + joiner + ",SENIOR_PSW,North,2026-12-01,\n";
        String id = upload(org, "text/csv", csv, "?effectiveDate=2026-11-30").then().statusCode(202).extract()
                .path("id");

        apply(org, id, "").statusCode(202).header("Location", endsWith("/v1/roster/imports/" + id))
                .body("status", equalTo("APPLIED")).body("counts.added", equalTo(1))
                .body("counts.changed", equalTo(1)).body("counts.ended", equalTo(1)).body("appliedAt", notNullValue())
                .body("changes", nullValue());

        worker(org, w[1]).body("team", equalTo("South"));
        worker(org, joiner).statusCode(200).body("role", equalTo("SENIOR_PSW"));
        worker(org, w[2]).body("endDate", equalTo("2026-11-30"));
        // One WorkerUpdated per changed worker, none for the unchanged one: three more than the pushes.
        assertThat(eventsOf(org)).isEqualTo(6);
        assertThat(eventsOf(org, w[0])).isEqualTo(1);
        var joined = CloudEvents.onlyOneWithKey(Events.TOPIC, joiner, Duration.ofSeconds(20));
        assertThat(CloudEvents.header(joined, "ce_type")).isEqualTo(Events.WORKER_UPDATED);
        EventContracts.assertAllConform(List.of(joined));
        // Staged rows are forgotten once applied; the import keeps its counts. It applies once.
        assertThat(Fixtures.db().count("select count(*) from roster_import_row where import_id = ?::uuid", id))
                .isZero();
        apply(org, id, "").spec(problem(409, "conflict"));
        assertThat(Fixtures.db().count("select count(*) from kit.audit_event where organisation = ? and action in"
                + " ('roster-import.create', 'roster-import.apply') and resource_id = ? and outcome = 'SUCCEEDED'",
                org, id)).isEqualTo(2);
    }

    @Test
    void aPartialImportAddsAndChangesButEndsNoOne() {
        String org = newOrganisation();
        String[] w = onRoster(org, 2);
        String id = upload(org, "text/csv", HEADER + w[0] + ",PEER_COORDINATOR,North,2025-04-01,\n", "?mode=PARTIAL")
                .then().statusCode(202).body("counts.changed", equalTo(1)).body("counts.ended", equalTo(0))
                .extract().path("id");
        apply(org, id, "").statusCode(202).body("status", equalTo("APPLIED"));
        worker(org, w[0]).body("role", equalTo("PEER_COORDINATOR"));
        worker(org, w[1]).body("endDate", nullValue());
    }

    @Test
    void badRowsAreReportedByLineAndColumnAndAFileWithErrorsChangesNothingUnlessItsValidRowsAreAskedFor() {
        String org = newOrganisation();
        String[] w = onRoster(org, 1);
        String good = Fixtures.newWorkerId();
        String twice = Fixtures.newWorkerId();
        String csv = HEADER
                + good + ",PSW,North,2025-04-01,\n" // 2
                + w[0] + ",CHIEF,North,2025-04-01,\n" // 3: unknown role, on the roster already
                + Fixtures.newWorkerId() + ",PSW,North,01/04/2025,\n" // 4: unparsable date
                + twice + ",PSW,North,2025-04-01,\n" // 5
                + twice + ",PSW,South,2025-04-01,\n"; // 6: the same worker again
        String withOrganisation = "workerId,role,team,startDate,organisation\n"
                + Fixtures.newWorkerId() + ",PSW,North,2025-04-01,R9B\n";

        upload(org, "text/csv", withOrganisation, "").then().statusCode(202)
                .body("errors[0].line", equalTo(2)).body("errors[0].column", equalTo("organisation"));
        Response created = upload(org, "text/csv", csv, "");
        String id = created.path("id");
        created.then().statusCode(202).body("status", equalTo("READY"))
                .body("errorCount", equalTo(4)).body("invalidRows", equalTo(4))
                .body("errors.line", contains(3, 4, 5, 6))
                .body("errors.column", contains("role", "startDate", "workerId", "workerId"))
                .body("errors[0].reason", startsWith("must be one of PSW"))
                .body("errors[1].reason", equalTo("must be a date as YYYY-MM-DD"))
                .body("errors[3].reason", equalTo("appears already on line 5: a worker has one row"))
                .body("counts.added", equalTo(1)).body("counts.ended", equalTo(0));
        assertThat(created.asString()).doesNotContain("CHIEF", "01/04/2025");

        apply(org, id, "").spec(problem(422, "unprocessable"));
        worker(org, good).spec(problem(404, "not-found"));
        apply(org, id, "?validRowsOnly=true").statusCode(202).body("status", equalTo("APPLIED"))
                .body("validRowsOnly", equalTo(true)).body("counts.added", equalTo(1));
        worker(org, good).statusCode(200);
        // A full import does not end a worker because their row had a typo.
        worker(org, w[0]).body("endDate", nullValue()).body("role", equalTo("PSW"));
        worker(org, twice).spec(problem(404, "not-found"));
    }

    @Test
    void csvIsReadWithQuotesCommasInQuotesCrlfAndAByteOrderMarkInAnyColumnOrder() {
        String org = newOrganisation();
        String id1 = Fixtures.newWorkerId();
        String id2 = Fixtures.newWorkerId();
        String csv = "\uFEFFteam,workerId,startDate,role\r\n"
                + "\"Early Intervention in Psychosis, North\"," + id1 + ",2025-04-01,PSW\r\n"
                + "\"The \"\"Crisis\"\" Team\"," + id2 + ",2024-01-15,SENIOR_PSW\r\n";
        String id = upload(org, "text/csv", csv, "").then().statusCode(202).body("errorCount", equalTo(0))
                .body("counts.added", equalTo(2)).body("changes.line", contains(2, 3)).extract().path("id");
        apply(org, id, "").statusCode(202);
        worker(org, id1).body("team", equalTo("Early Intervention in Psychosis, North"));
        worker(org, id2).body("team", equalTo("The \"Crisis\" Team")).body("startDate", equalTo("2024-01-15"));
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndNeverAppliedEvenForItsValidRows() {
        String org = newOrganisation();
        String[] w = onRoster(org, 1);
        String id = upload(org, "text/csv", "workerId,role,team,grade\n" + w[0] + ",PSW,North,B4\n", "").then()
                .statusCode(202).body("errors.line", contains(1, 1)).body("errors.column", contains("grade",
                        "startDate"))
                .extract().path("id");
        apply(org, id, "?validRowsOnly=true").spec(problem(422, "unprocessable"));
        upload(org, "text/csv", HEADER + w[0] + ",PSW,\"North,2025-04-01,\n", "").then().statusCode(202)
                .body("errors[0].line", equalTo(2)).body("errors[0].column", nullValue());
        worker(org, w[0]).body("endDate", nullValue());
    }

    @Test
    void teamNamesThatASpreadsheetWouldRunAsFormulasAreRefused() {
        String org = newOrganisation();
        String csv = HEADER + Fixtures.newWorkerId() + ",PSW,=HYPERLINK(\"x\"),2025-04-01,\n"
                + Fixtures.newWorkerId() + ",PSW,+1,2025-04-01,\n" + Fixtures.newWorkerId() + ",PSW,-1,2025-04-01,\n"
                + Fixtures.newWorkerId() + ",PSW,@SUM(A1),2025-04-01,\n";
        upload(org, "text/csv", csv, "").then().statusCode(202).body("errorCount", equalTo(4))
                .body("errors.line", contains(2, 3, 4, 5))
                .body("errors.column", contains("team", "team", "team", "team"))
                .body("counts.added", equalTo(0));
    }

    @Test
    void aJsonRosterIsAnArrayOfWorkerRecordsAndErrorsNameTheLineAnElementStartsOn() {
        String org = newOrganisation();
        String ok = Fixtures.newWorkerId();
        String json = "[\n"
                + "  {\"workerId\": \"" + ok + "\", \"role\": \"PSW\", \"team\": \"North\","
                + " \"startDate\": \"2025-04-01\", \"endDate\": null},\n"
                + "  {\n    \"workerId\": \"" + Fixtures.newWorkerId() + "\",\n    \"role\": \"PSW\",\n"
                + "    \"team\": \"North\",\n    \"startDate\": \"2025-13-01\"\n  }\n]";
        // The second element's date is not a date: the contract's schema refuses it too.
        String id = given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", Fixtures.hr(org))
                .contentType("application/json").body(json).post("/v1/roster/imports").then().statusCode(202)
                .body("format", equalTo("JSON"))
                .body("rows", equalTo(2)).body("errors[0].line", equalTo(3))
                .body("errors[0].column", equalTo("startDate")).body("changes.line", contains(2)).extract()
                .path("id");
        apply(org, id, "?validRowsOnly=true").statusCode(202);
        worker(org, ok).statusCode(200).body("team", equalTo("North"));
    }

    @Test
    void anotherOrganisationsHrCannotSeeOrApplyAnImport() {
        String org = newOrganisation();
        String id = upload(org, "text/csv", HEADER + Fixtures.newWorkerId() + ",PSW,North,2025-04-01,\n", "")
                .then().statusCode(202).extract().path("id");
        given().header("Authorization", Fixtures.hr("R9B")).get("/v1/roster/imports/" + id).then()
                .spec(problem(404, "not-found"));
        given().header("Authorization", Fixtures.hr("R9B")).post("/v1/roster/imports/" + id + "/apply").then()
                .spec(problem(404, "not-found"));
        given().header("Authorization", Fixtures.hr(org)).get("/v1/roster/imports/" + id).then()
                .body("status", equalTo("READY"));
    }

    @Test
    void aFileOverTheSizeOrRowLimitIsA413AndStoresNothing() {
        String org = newOrganisation();
        StringBuilder tooManyRows = new StringBuilder("workerId,role,team,startDate\n");
        for (int i = 0; i < 10_001; i++) {
            tooManyRows.append(i).append(",PSW,N,2025-04-01\n");
        }
        upload(org, "text/csv", tooManyRows.toString(), "").then().spec(problem(413, "payload-too-large"));
        String tooLarge = "workerId,role,team,startDate\n" + "1,PSW,N,2025-04-01,\n".repeat(120_000);
        given().filter(ContractValidation.deliberatelyInvalid()).header("Authorization", Fixtures.hr(org))
                .contentType("text/csv; charset=UTF-8").body(tooLarge).post("/v1/roster/imports").then()
                .spec(problem(413, "payload-too-large"));
        assertThat(Fixtures.db().count("select count(*) from roster_import where organisation = ?", org)).isZero();
    }

    @Test
    void aNationalProvidersFiveThousandRowsAreCheckedAndAppliedInTheBackground() {
        String org = newOrganisation();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            csv.append("N").append(org).append('-').append(i).append(",PSW,Team ").append(i % 50)
                    .append(",2025-04-01,\n");
        }
        Response created = upload(org, "text/csv", csv.toString(), "");
        created.then().statusCode(202).body("status", equalTo("PENDING")).body("rows", equalTo(5000));
        String id = created.path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> status(org, id).equals("READY"));
        given().header("Authorization", Fixtures.hr(org)).get("/v1/roster/imports/" + id).then()
                .body("counts.added", equalTo(5000)).body("changes", hasSize(5000));

        apply(org, id, "").statusCode(202).body("status", equalTo("APPLYING"));
        await().atMost(Duration.ofSeconds(90)).until(() -> status(org, id).equals("APPLIED"));
        assertThat(Fixtures.db().count("select count(*) from worker where organisation = ?", org)).isEqualTo(5000);
        assertThat(eventsOf(org)).isEqualTo(5000);
    }

    @Test
    void anImportNeverAppliedExpiresAndForgetsItsStagedRows() {
        String org = newOrganisation();
        String id = upload(org, "text/csv", HEADER + Fixtures.newWorkerId() + ",PSW,North,2025-04-01,\n", "")
                .then().statusCode(202).extract().path("id");
        assertThat(Fixtures.db().count("select count(*) from roster_import_row where import_id = ?::uuid", id))
                .isEqualTo(1);
        Arc.container().instance(RosterImportExpiry.class).get().expireBefore(Instant.now().plusSeconds(1));
        assertThat(status(org, id)).isEqualTo("EXPIRED");
        assertThat(Fixtures.db().count("select count(*) from roster_import_row where import_id = ?::uuid", id))
                .isZero();
        apply(org, id, "").spec(problem(409, "conflict"));
    }

    @Test
    void anImportWhoseBackgroundJobStoppedWithItsReplicaIsFailedAndCannotBeApplied() throws Exception {
        String org = newOrganisation();
        String id = upload(org, "text/csv", HEADER + Fixtures.newWorkerId() + ",PSW,North,2025-04-01,\n", "")
                .then().statusCode(202).extract().path("id");
        // As a replica leaves it when it stops while applying: APPLYING, untouched for an hour.
        Fixtures.db().update("update roster_import set status = 'APPLYING', updated_at = now() - interval '1 hour'"
                + " where id = ?::uuid", id);
        Arc.container().instance(RosterImportExpiry.class).get()
                .failInterruptedBefore(Instant.now().minusSeconds(1800));
        given().header("Authorization", Fixtures.hr(org)).get("/v1/roster/imports/" + id).then()
                .body("status", equalTo("FAILED")).body("failure", equalTo("interrupted"));
        apply(org, id, "").spec(problem(409, "conflict"));
    }

    @Test
    void destroyingAWorkersRecordsForgetsThemInImportsNotYetApplied() {
        String org = newOrganisation();
        String due = Fixtures.dueWorker(org);
        upload(org, "text/csv", HEADER + due + ",PSW,South,2012-04-01,2016-03-31\n", "?mode=PARTIAL").then()
                .statusCode(202).body("changes.workerId", contains(due));
        String staged = "select count(*) from roster_import_row where organisation = ? and worker_id = ?";
        assertThat(Fixtures.db().count(staged, org, due)).isEqualTo(1);
        given().header("Authorization", Fixtures.recordsManager(org)).contentType("application/json")
                .body("{\"reason\":\"Appraised: period passed.\"}").post("/v1/workers/" + due + "/destruction")
                .then().statusCode(201);
        assertThat(Fixtures.db().count(staged, org, due)).isZero();
    }

    private static String newOrganisation() {
        return "T" + (1000 + (int) (Math.random() * 9000));
    }

    /** n workers on the organisation's roster in team North, pushed one by one as before imports. */
    private static String[] onRoster(String organisation, int n) {
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Fixtures.newWorkerId();
            Fixtures.onRoster(organisation, ids[i]);
        }
        return ids;
    }

    private static Response upload(String organisation, String contentType, String body, String query) {
        return given().header("Authorization", Fixtures.hr(organisation))
                .contentType(contentType + "; charset=UTF-8").body(body).post("/v1/roster/imports" + query);
    }

    private static ValidatableResponse apply(String organisation, String id, String query) {
        return given().header("Authorization", Fixtures.hr(organisation))
                .post("/v1/roster/imports/" + id + "/apply" + query).then();
    }

    private static ValidatableResponse worker(String organisation, String workerId) {
        return given().header("Authorization", Fixtures.hr(organisation)).get("/v1/workers/" + workerId).then();
    }

    private static String status(String organisation, String id) {
        return given().header("Authorization", Fixtures.hr(organisation)).get("/v1/roster/imports/" + id).then()
                .statusCode(200).extract().path("status");
    }

    private static long eventsOf(String organisation) {
        return Fixtures.db().count("select count(*) from kit.outbox_event where organisation = ? and type = ?",
                organisation, Events.WORKER_UPDATED);
    }

    private static long eventsOf(String organisation, String workerId) {
        return Fixtures.db().count("select count(*) from kit.outbox_event where organisation = ? and event_key = ?",
                organisation, workerId);
    }
}
