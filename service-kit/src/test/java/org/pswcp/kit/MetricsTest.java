package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pswcp.testkit.Metrics.exportedBy;
import static org.pswcp.testkit.Metrics.lines;
import static org.pswcp.testkit.Metrics.names;
import static org.pswcp.testkit.Metrics.scrape;
import static org.pswcp.testkit.Metrics.value;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.KafkaBroker;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** The kit's metrics move when the thing they count happens, and carry the names the alerts and dashboards use. */
@QuarkusTest
class MetricsTest {

    @Test
    void aPublishedAndConsumedEventMovesTheRelayAndInboxMetrics() {
        double published = value("pswcp_outbox_published_events_total", "");
        double consumed = value("pswcp_inbox_event_latency_seconds_count", "topic=\"sample.events\"");
        Samples.createdId(Samples.uniqueTitle());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(value("pswcp_outbox_published_events_total", "")).isGreaterThan(published);
            assertThat(value("pswcp_inbox_event_latency_seconds_count", "topic=\"sample.events\"")).isGreaterThan(
                    consumed);
        });
        assertThat(value("pswcp_outbox_unpublished_events", "")).isGreaterThanOrEqualTo(0);
        assertThat(scrape()).contains("pswcp_outbox_oldest_unpublished_age_seconds ");
    }

    @Test
    void anEventThatCannotBeAppliedIsCountedAsDeadLetteredForItsTopic() {
        String labels = "consumer=\"kit-test.samples\",topic=\"sample.events\"";
        double before = value("pswcp_inbox_dead_lettered_events_total", labels);
        KafkaBroker.companion().produceStrings().fromRecords(
                new ProducerRecord<>(Samples.TOPIC, "poison-" + UUID.randomUUID(), "{}")).awaitCompletion();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(
                () -> assertThat(value("pswcp_inbox_dead_lettered_events_total", labels)).isGreaterThan(before));
    }

    @Test
    void refusalsAreCountedByReasonWithoutNamingTheCaller() {
        double byRole = value("pswcp_authorisation_denials_total", "reason=\"role\"");
        double byRule = value("pswcp_authorisation_denials_total", "reason=\"rule\"");
        given().header("Authorization", Tokens.user("alex.psw").roles(Roles.PSW).organisation("R9A").bearer())
                .contentType("application/json").body("{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                .when().post("/samples").then().statusCode(403);
        given().header("Authorization", Tokens.user("nobody").roles(Roles.HR).bearer())
                .contentType("application/json").body("{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                .when().post("/samples").then().statusCode(403);

        assertThat(value("pswcp_authorisation_denials_total", "reason=\"role\"")).isEqualTo(byRole + 1);
        assertThat(value("pswcp_authorisation_denials_total", "reason=\"rule\"")).isEqualTo(byRule + 1);
        assertThat(lines("pswcp_authorisation_denials_total")).noneMatch(l -> l.contains("alex.psw"));
    }

    @Test
    void everyMetricTheAlertsAndDashboardsExpectFromTheKitIsExported() {
        Samples.createdId(Samples.uniqueTitle());
        given().header("Authorization", Tokens.user("alex.psw").roles(Roles.PSW).organisation("R9A").bearer())
                .contentType("application/json").body("{\"title\":\"x\"}")
                .when().post("/samples").then().statusCode(403);
        KafkaBroker.companion().produceStrings().fromRecords(
                new ProducerRecord<>(Samples.TOPIC, "poison-" + UUID.randomUUID(), "{}")).awaitCompletion();
        Set<String> expected = exportedBy("service-kit");
        assertThat(expected).contains("pswcp_outbox_oldest_unpublished_age_seconds");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(names()).containsAll(expected));
        // The labels the alerts and dashboards group by.
        assertThat(lines("kafka_consumer_fetch_manager_records_lag_max")).anyMatch(l -> l.contains("client_id=\""));
        assertThat(lines("http_server_requests_seconds_count")).anyMatch(
                l -> l.contains("status=\"201\"") && l.contains("uri=\"/samples\""));
        assertThat(lines("pswcp_inbox_event_latency_seconds_bucket")).anyMatch(
                l -> l.contains("topic=\"sample.events\"") && l.contains("le=\"300.0\""));
    }

}
