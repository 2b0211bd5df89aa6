package org.pswcp.supervision;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;
import org.pswcp.testkit.FrameworkVersions;
import org.pswcp.testkit.Tokens;
import org.pswcp.testkit.WorkerIds;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;

final class Fixtures {

    /** An agreement HR recorded, and its two workers. */
    record Agreed(String id, String superviseeWorkerId, String supervisorWorkerId) {
    }

    private static UUID frameworkVersion;

    private Fixtures() {
    }

    /** SQL against this service's database, as committed. */
    static Db db() {
        return new Db(Arc.container().instance(DataSource.class).get());
    }

    /** SQL against the key store, the database of the workers' data keys. */
    static Db keyStore() {
        return new Db(Arc.container().instance(AgroalDataSource.class,
                new io.quarkus.agroal.DataSource.DataSourceLiteral("keys")).get());
    }

    /** A framework version framework-service published, once this service has learned it; one per test run. */
    static synchronized UUID frameworkVersion() {
        if (frameworkVersion == null) {
            UUID versionId = UUID.randomUUID();
            CloudEvents
                    .send(CloudEvents.event(Events.FRAMEWORK_TOPIC, "mh-psw", Events.FRAMEWORK_VERSION_PUBLISHED, null,
                            EventContracts.valid(Events.FRAMEWORK_VERSION_PUBLISHED,
                                    FrameworkVersions.publishedJson(versionId,
                                            "t-" + versionId.toString().substring(0, 8),
                                            true))));
            await().atMost(Duration.ofSeconds(20)).until(
                    () -> db().count("select count(*) from framework_version where id = ?", versionId) == 1);
            frameworkVersion = versionId;
        }
        return frameworkVersion;
    }

    /** A valid one-to-one session the supervisor held yesterday with the supervisee, as JSON fields to change first. */
    static Map<String, Object> session(String superviseeWorkerId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "ONE_TO_ONE");
        json.put("superviseeWorkerIds", List.of(superviseeWorkerId));
        json.put("startsAt", Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS).toString());
        json.put("durationMinutes", 60);
        json.put("format", "IN_PERSON");
        json.put("status", "HELD");
        json.put("frameworkVersionId", frameworkVersion().toString());
        json.put("topics", List.of("1.1"));
        json.put("nextSessionOn", LocalDate.now().plusDays(27).toString());
        json.put("notes", "Talked through the first month on the ward.");
        json.put("wellbeingReflections", "Feeling settled.");
        return json;
    }

    /** Records the session as the supervisor; it must succeed. */
    static String recordSession(String organisation, String supervisorWorkerId, Map<String, Object> session) {
        return given().header("Authorization", supervisor(organisation, supervisorWorkerId))
                .contentType(ContentType.JSON).body(session)
                .post("/v1/sessions").then().statusCode(201).extract().path("id");
    }

    static String psw(String organisation, String workerId) {
        return Tokens.user("psw-" + workerId).roles(Roles.PSW).organisation(organisation).workerId(workerId)
                .bearer();
    }

    static String supervisor(String organisation, String workerId) {
        return Tokens.user("sup-" + workerId).roles(Roles.SUPERVISOR).organisation(organisation).workerId(workerId)
                .bearer();
    }

    static String hr(String organisation) {
        return Tokens.user("hr-" + organisation).roles(Roles.HR).organisation(organisation).bearer();
    }

    static String auditor(String organisation) {
        return Tokens.user("aud-" + organisation).roles(Roles.AUDITOR).organisation(organisation).bearer();
    }

    static String recordsManager(String organisation) {
        return Tokens.user("rm-" + organisation).roles(Roles.RECORDS_MANAGER).organisation(organisation).bearer();
    }

    /** A new worker of the organisation who left in 2016: past any period up to 10 years. */
    static String dueWorker(String organisation) {
        String workerId = newWorkerId();
        given().header("Authorization", hr(organisation)).contentType(ContentType.JSON)
                .body("{\"role\":\"PSW\",\"team\":\"North\",\"startDate\":\"2012-04-01\","
                        + "\"endDate\":\"2016-03-31\"}")
                .put("/v1/workers/" + workerId).then().statusCode(201);
        return workerId;
    }

    /** A worker of the organisation whose records a records manager destroyed. */
    static String destroyed(String organisation) {
        String workerId = dueWorker(organisation);
        given().header("Authorization", recordsManager(organisation)).contentType(ContentType.JSON)
                .body("{\"reason\":\"Appraised: period passed.\"}").post("/v1/workers/" + workerId + "/destruction")
                .then().statusCode(201);
        return workerId;
    }

    static String newWorkerId() {
        return WorkerIds.fresh();
    }

    static String workerJson(String team) {
        return "{\"role\":\"PSW\",\"team\":\"" + team + "\",\"startDate\":\"2025-04-01\"}";
    }

    /** Puts the workers on the organisation's roster, as HR does. */
    static void onRoster(String organisation, String... workerIds) {
        for (String workerId : workerIds) {
            given().header("Authorization", hr(organisation)).contentType(ContentType.JSON)
                    .body(workerJson("North")).put("/v1/workers/" + workerId).then().statusCode(201);
        }
    }

    /** A valid, open-ended role-specific agreement between the two, as JSON fields to send or change first. */
    static Map<String, Object> agreement(String superviseeWorkerId, String supervisorWorkerId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("superviseeWorkerId", superviseeWorkerId);
        json.put("supervisorWorkerId", supervisorWorkerId);
        json.put("type", "ROLE_SPECIFIC");
        json.put("frequency", "P2W");
        json.put("format", "IN_PERSON");
        json.put("location", "Peer support office, Riverside House");
        json.put("startDate", "2025-04-07");
        return json;
    }

    /** Records the agreement as the organisation's HR; it must succeed. */
    static String record(String organisation, Map<String, Object> agreement) {
        return given().header("Authorization", hr(organisation)).contentType(ContentType.JSON).body(agreement)
                .post("/v1/agreements").then().statusCode(201).extract().path("id");
    }

    /** Two new workers on the organisation's roster and an open-ended role-specific agreement between them. */
    static Agreed agreed(String organisation) {
        String supervisee = newWorkerId();
        String supervisor = newWorkerId();
        onRoster(organisation, supervisee, supervisor);
        return new Agreed(record(organisation, agreement(supervisee, supervisor)), supervisee, supervisor);
    }
}
