package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.kit.sample.SampleConsumer;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Two events a consumer could not apply (a bug in its handler) wait in the dead-letter topic. An operator lists them,
 * without their data; once the bug is fixed for one, replays it, and it is applied; replays everything again, and it is
 * not applied twice, while the other, still failing, stays a dead letter. Every replay is audited.
 */
@QuarkusTest
class DeadLetterTest {

    private static final String CONSUMER = "kit-test.samples";

    @Inject
    DataSource dataSource;

    private static String operator() {
        return Tokens.user("olu").roles(Roles.OPERATOR).organisation("X26").bearer();
    }

    @Test
    void anOperatorListsDeadLettersAndReplaysThemOnceTheCauseIsFixedAtMostOnce() {
        String sampleId = UUID.randomUUID().toString();
        String title = "bug " + UUID.randomUUID();
        String fixed = send(sampleId, title);
        String stillBroken = send(sampleId, title);
        List<ConsumerRecord<String, String>> dead = CloudEvents.withKey(Samples.TOPIC + ".dlq", sampleId, 2,
                Duration.ofSeconds(20));
        ConsumerRecord<String, String> fixedLetter = dead.stream()
                .filter(r -> fixed.equals(CloudEvents.header(r, "ce_id"))).findFirst().orElseThrow();

        String list = given().header("Authorization", operator()).get("/v1/dead-letters").then().statusCode(200)
                .body("items.findAll { it.key == '" + sampleId + "' }.eventId", contains(fixed, stillBroken))
                .body("items.find { it.eventId == '" + fixed + "' }.consumer", equalTo(CONSUMER))
                .body("items.find { it.eventId == '" + fixed + "' }.topic", equalTo(Samples.TOPIC + ".dlq"))
                .body("items.find { it.eventId == '" + fixed + "' }.originalTopic", equalTo(Samples.TOPIC))
                .body("items.find { it.eventId == '" + fixed + "' }.attempts", equalTo(1))
                .body("items.find { it.eventId == '" + fixed + "' }.failure",
                        equalTo(IllegalStateException.class.getName()))
                .body("items.find { it.eventId == '" + fixed + "' }.applied", equalTo(false))
                .extract().asString();
        assertThat(list).as("an event's data is never listed").doesNotContain(title);

        SampleConsumer.FIXED.add(fixed);
        replay(Map.of("consumer", CONSUMER, "positions", List.of(Map.of("partition", fixedLetter.partition(),
                "offset", fixedLetter.offset()))))
                .body("outcomes.eventId", contains(fixed)).body("outcomes.outcome", contains("APPLIED"));
        Db db = new Db(dataSource);
        assertThat(db.single("select applied from sample_applied where event_id = ?", fixed)).isEqualTo(1);

        // Everything again: the fixed one is not applied twice; the other fails again and stays a dead letter.
        replay(Map.of("consumer", CONSUMER))
                .body("outcomes.find { it.eventId == '" + fixed + "' }.outcome", equalTo("ALREADY_APPLIED"))
                .body("outcomes.find { it.eventId == '" + stillBroken + "' }.outcome", equalTo("FAILED"))
                .body("outcomes.find { it.eventId == '" + stillBroken + "' }.failure",
                        equalTo("IllegalStateException"));
        assertThat(db.single("select applied from sample_applied where event_id = ?", fixed)).isEqualTo(1);
        assertThat(db.count("select count(*) from sample_applied where event_id = ?", stillBroken)).isZero();
        given().header("Authorization", operator()).get("/v1/dead-letters").then().statusCode(200)
                .body("items.find { it.eventId == '" + fixed + "' }.applied", equalTo(true))
                .body("items.find { it.eventId == '" + stillBroken + "' }.applied", equalTo(false));
        assertThat(db.count("select count(*) from kit.audit_event where action = 'dead-letter.replay'"
                + " and resource_id = ? and outcome = 'SUCCEEDED'", CONSUMER)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyAnOperatorSeesOrReplaysDeadLettersAndOnlyOfThisServicesConsumers() {
        given().header("Authorization", Samples.hr("R9A")).get("/v1/dead-letters").then()
                .spec(problem(403, "forbidden"));
        given().get("/v1/dead-letters").then().spec(problem(401, "unauthenticated"));
        given().header("Authorization", Samples.hr("R9A")).contentType(ContentType.JSON)
                .body(Map.of("consumer", CONSUMER)).post("/v1/dead-letters/replay").then()
                .spec(problem(403, "forbidden"));
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body(Map.of("consumer", "someone-else.consumer")).post("/v1/dead-letters/replay").then()
                .spec(problem(404, "not-found"));
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body(Map.of("consumer", CONSUMER, "positions", List.of(Map.of("partition", -1))))
                .post("/v1/dead-letters/replay").then().spec(problem(400, "validation-failed"));
    }

    private static ValidatableResponse replay(Map<String, Object> request) {
        return given().header("Authorization", operator()).contentType(ContentType.JSON).body(request)
                .post("/v1/dead-letters/replay").then().statusCode(200).body("consumer", equalTo(CONSUMER));
    }

    private static String send(String sampleId, String title) {
        String eventId = UUID.randomUUID().toString();
        CloudEvents.send(CloudEvents.event(Samples.TOPIC, sampleId, "org.pswcp.sample.created.v1", eventId, "R9A",
                "{\"sampleId\":\"" + sampleId + "\",\"title\":\"" + title + "\"}"));
        return eventId;
    }
}
