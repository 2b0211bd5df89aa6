package org.pswcp.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import org.assertj.core.api.Assertions;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;
import org.pswcp.testkit.FrameworkVersions;
import org.pswcp.testkit.Metrics;
import org.pswcp.testkit.Tokens;
import org.pswcp.testkit.WorkerIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Callers and data of the assessment tests, built the way production builds them: framework versions and the workforce
 * through events, assessments through the API.
 */
final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static String psw(String organisation, String workerId) {
        return Tokens.user("psw-" + workerId).subject("sub-" + workerId).roles(Roles.PSW)
                .organisation(organisation).workerId(workerId).bearer();
    }

    static String supervisor(String organisation, String workerId) {
        return Tokens.user("sup-" + workerId).subject("sub-" + workerId).roles(Roles.SUPERVISOR, Roles.PSW)
                .organisation(organisation).workerId(workerId).bearer();
    }

    static String hr(String organisation) {
        return Tokens.user("hr-" + organisation).subject("sub-hr-" + organisation).roles(Roles.HR)
                .organisation(organisation).bearer();
    }

    static String otherHr(String organisation) {
        return Tokens.user("hr2-" + organisation).subject("sub-hr2-" + organisation).roles(Roles.HR)
                .organisation(organisation).bearer();
    }

    /** The organisation's learning system: a client (client credentials) with the role learning-system. */
    static String learningSystem(String organisation) {
        return learningSystem(organisation, "learning-system-" + organisation.toLowerCase());
    }

    /** Another learning system of the organisation, such as a second provider's. */
    static String otherLearningSystem(String organisation) {
        return learningSystem(organisation, "learning-system-" + organisation.toLowerCase() + "x");
    }

    private static String learningSystem(String organisation, String clientId) {
        return Tokens.user("service-account-" + clientId).subject("sub-" + clientId).roles(Roles.LEARNING_SYSTEM)
                .organisation(organisation).clientId(clientId).bearer();
    }

    /** The body of a completion of {@code unitCode} against the version, on {@code completedOn}. */
    static String completion(String externalId, UUID versionId, String unitCode, LocalDate completedOn,
            String provider, String certificateLink) {
        return "{\"externalId\":\"" + externalId + "\",\"frameworkVersionId\":\"" + versionId
                + "\",\"unitCode\":\"" + unitCode + "\",\"completedOn\":\"" + completedOn + "\",\"provider\":\""
                + provider + "\"" + (certificateLink == null ? "" : ",\"certificateLink\":\"" + certificateLink + "\"")
                + "}";
    }

    /** A learning system records a completion of the worker's; returns the record's id. */
    static String recordLearning(String system, String workerId, String body) {
        return as(system).body(body).post("/v1/workers/" + workerId + "/learning-records").then()
                .log().ifValidationFails().statusCode(201).extract().path("id");
    }

    static String newWorkerId() {
        return WorkerIds.fresh();
    }

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    static String versionPublishedJson(UUID versionId, String versionCode, boolean withContent) {
        return FrameworkVersions.publishedJson(versionId, versionCode, withContent);
    }

    /** A version framework-service has published, once this service has learned it. */
    static UUID publishedVersion() {
        UUID versionId = UUID.randomUUID();
        return learned(versionId, versionPublishedJson(versionId, "v-" + versionId.toString().substring(0, 8), true));
    }

    /**
     * A version, once this service has learned it, whose areas 7.1 (meta-competences), 9.1 and 9.2 (organisational
     * competences) have titles and no statements, as in mh-psw/2020-10, and whose psw role profile requires 7.1 at
     * competent: the small framework of the other tests otherwise.
     */
    static UUID publishedVersionWithAreasRatedAsWhole() {
        UUID versionId = UUID.randomUUID();
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(versionPublishedJson(versionId,
                    "w-" + versionId.toString().substring(0, 8), true));
            ObjectNode content = (ObjectNode) event.get("content");
            ArrayNode domains = (ArrayNode) content.get("domains");
            ArrayNode organisational = (ArrayNode) domains.get(1).get("areas");
            ((ObjectNode) organisational.get(0)).putArray("statements");
            organisational.add(areaWithoutStatements("9.2", "Ability to organise work-based supervision"));
            ObjectNode meta = JSON.createObjectNode().put("code", "7").put("title", "Meta-competences")
                    .put("kind", "META");
            meta.putArray("areas").add(areaWithoutStatements("7.1", "Meta-competences for peer support workers"));
            domains.insert(1, meta);
            ((ArrayNode) content.get("roleProfiles").get(0).get("requirements"))
                    .add(JSON.createObjectNode().put("area", "7.1").put("level", "competent"));
            return learned(versionId, JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode areaWithoutStatements(String code, String title) {
        ObjectNode area = JSON.createObjectNode().put("code", code).put("title", title);
        area.putArray("statements");
        return area;
    }

    private static UUID learned(UUID versionId, String publishedJson) {
        CloudEvents.send(CloudEvents.event(Events.FRAMEWORK_TOPIC, "mh-psw", Events.FRAMEWORK_VERSION_PUBLISHED, null,
                EventContracts.valid(Events.FRAMEWORK_VERSION_PUBLISHED, publishedJson)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", hr("R9A"))
                .get("/v1/framework-versions").then().statusCode(200)
                .body("items.versionId", hasItem(versionId.toString())));
        return versionId;
    }

    /** A worker on the roster, with a role, once this service has learned it. */
    static void worker(DataSource db, String organisation, String workerId, String role) {
        worker(db, workerId, organisation, workerId, role);
    }

    /**
     * Returns once this service has handled every supervision event sent so far with this key: events with one key
     * share a partition and are handled in order, so a worker announced after them under the same key comes last.
     */
    static void supervisionEventsHandled(DataSource db, String key) {
        worker(db, key, "R9A", newWorkerId(), "PSW");
    }

    private static void worker(DataSource db, String key, String organisation, String workerId, String role) {
        CloudEvents.send(CloudEvents.event(Events.SUPERVISION_TOPIC, key, Events.WORKER_UPDATED, organisation,
                EventContracts.valid(Events.WORKER_UPDATED,
                        "{\"workerId\":\"" + workerId + "\",\"role\":\"" + role + "\",\"team\":\"North\","
                                + "\"startDate\":\"2025-04-01\",\"endDate\":null}")));
        awaitRows(db, "select count(*) from worker where organisation = ? and worker_id = ?", 1, organisation,
                workerId);
    }

    /** A supervision agreement started today, once this service has learned it. */
    static UUID agreement(DataSource db, String organisation, String supervisor, String supervisee) {
        UUID agreementId = UUID.randomUUID();
        CloudEvents.send(CloudEvents.event(Events.SUPERVISION_TOPIC, supervisee, Events.AGREEMENT_STARTED, organisation,
                EventContracts.valid(Events.AGREEMENT_STARTED, "{\"agreementId\":\"" + agreementId
                        + "\",\"superviseeWorkerId\":\"" + supervisee + "\",\"supervisorWorkerId\":\"" + supervisor
                        + "\",\"type\":\"ROLE_SPECIFIC\",\"frequency\":\"P1M\",\"format\":\"IN_PERSON\","
                        + "\"startDate\":\"" + LocalDate.now() + "\",\"endDate\":null}")));
        awaitRows(db, "select count(*) from supervision_link where agreement_id = ?", 1, agreementId);
        return agreementId;
    }

    static void endAgreement(DataSource db, String organisation, UUID agreementId, String supervisee,
            LocalDate endDate) {
        CloudEvents.send(CloudEvents.event(Events.SUPERVISION_TOPIC, supervisee, Events.AGREEMENT_ENDED, organisation,
                EventContracts.valid(Events.AGREEMENT_ENDED, "{\"agreementId\":\"" + agreementId
                        + "\",\"superviseeWorkerId\":\"" + supervisee + "\",\"supervisorWorkerId\":\"10000000\","
                        + "\"endDate\":\"" + endDate + "\"}")));
        awaitRows(db, "select count(*) from supervision_link where agreement_id = ? and end_date is not null", 1,
                agreementId);
    }

    /** A direct observation recorded in supervision (DirectObservationRecorded), once this service has learned it. */
    static UUID observation(DataSource db, String organisation, String supervisee, String observer, UUID versionId,
            String statementCode, String level) {
        UUID observationId = UUID.randomUUID();
        CloudEvents.send(CloudEvents.event(Events.SUPERVISION_TOPIC, supervisee, Events.OBSERVATION_RECORDED,
                organisation, EventContracts.valid(Events.OBSERVATION_RECORDED, "{\"observationId\":\""
                        + observationId + "\",\"sessionId\":\"" + UUID.randomUUID()
                        + "\",\"superviseeWorkerId\":\"" + supervisee + "\",\"observerWorkerId\":\"" + observer
                        + "\",\"frameworkVersionId\":\"" + versionId + "\",\"statementCodes\":[\"" + statementCode
                        + "\"],\"level\":\"" + level + "\",\"observedOn\":\"" + LocalDate.now() + "\"}")));
        awaitRows(db, "select count(*) from observation where observation_id = ?", 1, observationId);
        return observationId;
    }

    /** The repeats of events this consumer's inbox has recognised and skipped, as it counts them. */
    static double repeatsSkipped(String consumer) {
        return Metrics.value("pswcp_inbox_events_total", "consumer=\"" + consumer + "\",outcome=\"repeat\"");
    }

    static void awaitRows(DataSource db, String sql, long expected, Object... parameters) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> Assertions.assertThat(new Db(db).count(sql, parameters)).isEqualTo(expected));
    }

    /** Starts an assessment and returns its id. */
    static String start(String bearer, String kind, UUID versionId, String workerId, String scope) {
        return as(bearer).body("{\"kind\":\"" + kind + "\",\"frameworkVersionId\":\"" + versionId + "\""
                + (workerId == null ? "" : ",\"workerId\":\"" + workerId + "\"")
                + (scope == null ? "" : ",\"scope\":" + scope) + "}")
                .post("/v1/assessments").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse rate(String bearer, String id, String statementCode, int value) {
        return as(bearer).body("{\"ratings\":[{\"statementCode\":\"" + statementCode + "\",\"value\":" + value
                + ",\"comment\":\"seen in practice\"}]}").put("/v1/assessments/" + id + "/ratings").then();
    }

    /** Rates an area without statements as a whole. */
    static ValidatableResponse rateArea(String bearer, String id, String areaCode, int value) {
        return as(bearer).body("{\"ratings\":[{\"areaCode\":\"" + areaCode + "\",\"value\":" + value
                + ",\"comment\":\"seen in practice\"}]}").put("/v1/assessments/" + id + "/ratings").then();
    }

    static ValidatableResponse post(String bearer, String path) {
        return given().header("Authorization", bearer).post(path).then().log().ifValidationFails();
    }

    /** A supervisor's assessment of the supervisee, rated and signed off by another supervisor of theirs. */
    static String signedOffSupervisorAssessment(Team team, UUID versionId, String statementCode, int value) {
        String id = start(team.supervisorToken(), "SUPERVISOR", versionId, team.supervisee(), null);
        rate(team.supervisorToken(), id, statementCode, value).statusCode(200);
        post(team.supervisorToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        post(team.secondSupervisorToken(), "/v1/assessments/" + id + "/sign-off").statusCode(200);
        return id;
    }

    /** A supervisee with two supervisors under active agreements, in one organisation. */
    record Team(String organisation, String supervisee, String supervisor, String secondSupervisor) {

        static Team in(DataSource db, String organisation) {
            Team team = new Team(organisation, newWorkerId(), newWorkerId(), newWorkerId());
            worker(db, organisation, team.supervisee(), "PSW");
            agreement(db, organisation, team.supervisor(), team.supervisee());
            agreement(db, organisation, team.secondSupervisor(), team.supervisee());
            return team;
        }

        String superviseeToken() {
            return psw(organisation, supervisee);
        }

        String supervisorToken() {
            return Fixtures.supervisor(organisation, supervisor);
        }

        String secondSupervisorToken() {
            return Fixtures.supervisor(organisation, secondSupervisor);
        }
    }
}
