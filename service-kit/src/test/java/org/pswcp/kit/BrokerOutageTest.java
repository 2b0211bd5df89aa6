package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

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
    void whileTheBrokerIsDownWritesSucceedReadinessStaysUpAndTheOutboxDrainsAfterwards() {
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
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            KafkaBroker.restart();
        }

        CloudEvents.withKey(Samples.TOPIC, id.toString(), 1, Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(new Db(dataSource)
                .single("select published_at from kit.outbox_event where subject = ?", "samples/" + id)).isNotNull());
    }

    private static double oldestUnpublishedAgeSeconds() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("pswcp_outbox_oldest_unpublished_age_seconds"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }
}
