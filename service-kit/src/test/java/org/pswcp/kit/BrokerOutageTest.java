package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.KafkaBroker;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BrokerOutageTest {

    @Inject
    DataSource dataSource;

    @Test
    void whileTheBrokerIsDownWritesSucceedReadinessStaysUpTheEventsGroupIsDownAndTheOutboxDrainsAfterwards() {
        KafkaBroker.stop();
        UUID id;
        try {
            id = Samples.createdId(Samples.uniqueTitle());
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

            Db db = new Db(dataSource);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(db.count(
                    "select attempts from kit.outbox_event where subject = ?", "samples/" + id)).isPositive());
            assertThat(db.single("select published_at from kit.outbox_event where subject = ?", "samples/" + id))
                    .isNull();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(oldestUnpublishedAgeSeconds())
                    .isPositive());
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.name", not(hasItem("events")));
            // Events do not flow, and the events group says so, with what waits.
            given().when().get("/q/health/group/events").then().statusCode(503)
                    .body("checks[0].name", equalTo("events"))
                    .body("checks[0].data.broker", startsWith("unreachable"))
                    .body("checks[0].data.outboxUnpublished", greaterThanOrEqualTo(1));
        } finally {
            KafkaBroker.restart();
        }

        CloudEvents.withKey(Samples.TOPIC, id.toString(), 1, Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(new Db(dataSource)
                .single("select published_at from kit.outbox_event where subject = ?", "samples/" + id)).isNotNull());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/group/events")
                .then().statusCode(200).body("checks[0].data.broker", startsWith("reachable")));
    }

    private static double oldestUnpublishedAgeSeconds() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("pswcp_outbox_oldest_unpublished_age_seconds"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }
}
