package org.pswcp.kit;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.KafkaBroker;
import org.pswcp.testkit.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Fixtures of the kit's sample application: callers, a created sample, its records on Kafka. */
final class Samples {

    static final String TOPIC = "sample.events";

    private Samples() {
    }

    static String hr(String organisation) {
        return Tokens.user("hr-" + organisation).roles(Roles.HR).organisation(organisation).bearer();
    }

    static String uniqueTitle() {
        return "sample " + UUID.randomUUID();
    }

    static Response create(String bearer, String title) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\",\"quantity\":2}")
                .when().post("/samples");
    }

    static UUID createdId(String title) {
        return UUID.fromString(create(hr("R9A"), title).then().statusCode(201).extract().path("id"));
    }

    /** The records with this key that reach the topic within the wait. */
    static List<ConsumerRecord<String, String>> recordsWithKey(String topic, String key, int expected, Duration wait) {
        try (var task = KafkaBroker.companion().consumeStrings()
                .fromTopics(topic, m -> m.select().where(r -> key.equals(r.key())))) {
            if (expected > 0) {
                task.awaitRecords(expected, wait);
            } else {
                task.awaitNoRecords(wait);
            }
            return task.getRecords();
        }
    }

    /** The one record with this key, after making sure no second one follows it. */
    static ConsumerRecord<String, String> onlyRecordWithKey(String topic, String key, Duration wait) {
        try (var task = KafkaBroker.companion().consumeStrings()
                .fromTopics(topic, m -> m.select().where(r -> key.equals(r.key())))) {
            task.awaitRecords(1, wait);
            org.awaitility.Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> task.count() == 1);
            return task.getFirstRecord();
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
