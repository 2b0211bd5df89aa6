package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The relay sends as soon as the change commits, not at its next poll: here the poll comes once an hour (after a first
 * look at start), so only the wake-up on commit can deliver the events while the test waits.
 */
@QuarkusTest
@TestProfile(OutboxWakeTest.HourlyPoll.class)
class OutboxWakeTest {

    public static class HourlyPoll implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pswcp.outbox.poll-interval", "1h", "pswcp.outbox.initial-delay", "1s");
        }
    }

    @Test
    void eachCommittedChangeIsSentAtOnceInOrder() {
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.fromString(given().header("Authorization", Samples.hr("R9A"))
                    .contentType(ContentType.JSON).body("{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                    .when().post("/samples")
                    .then().statusCode(201).extract().path("id"));
            ConsumerRecord<String, String> record = CloudEvents.onlyOneWithKey(Samples.TOPIC, id.toString(),
                    Duration.ofSeconds(20));
            assertThat(record.value()).contains("\"sampleId\":\"" + id + "\"");
        }
    }
}
