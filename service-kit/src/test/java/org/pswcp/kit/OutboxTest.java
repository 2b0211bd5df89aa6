package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.kit.outbox.OutboxRelay;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

@QuarkusTest
class OutboxTest {

    @Inject
    DataSource dataSource;

    @Inject
    KafkaClientService kafka;

    @Test
    void eventWrittenWithItsChangeReachesKafkaOnceWithCloudEventsHeaders() {
        String correlationId = "corr-" + UUID.randomUUID();
        UUID id = UUID.fromString(given().header("Authorization", Samples.hr("R9A"))
                .header("X-Correlation-ID", correlationId)
                .contentType(ContentType.JSON).body("{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                .when().post("/samples")
                .then().statusCode(201).extract().path("id"));
        Object eventId = new Db(dataSource).single("select id from kit.outbox_event where subject = ?",
                "samples/" + id);

        ConsumerRecord<String, String> record = CloudEvents.onlyOneWithKey(Samples.TOPIC, id.toString(),
                Duration.ofSeconds(15));
        assertThat(record.value()).contains("\"sampleId\":\"" + id + "\"");
        assertThat(CloudEvents.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(CloudEvents.header(record, "ce_id")).isEqualTo(eventId.toString());
        assertThat(CloudEvents.header(record, "ce_type")).isEqualTo("org.pswcp.sample.created.v1");
        assertThat(CloudEvents.header(record, "ce_source")).isEqualTo("urn:pswcp:kit-test");
        assertThat(CloudEvents.header(record, "ce_subject")).isEqualTo("samples/" + id);
        assertThat(Instant.parse(CloudEvents.header(record, "ce_time"))).isBefore(Instant.now());
        assertThat(CloudEvents.header(record, "ce_dataref")).isEqualTo("/samples/" + id);
        assertThat(CloudEvents.header(record, "ce_organisation")).isEqualTo("R9A");
        assertThat(CloudEvents.header(record, "ce_correlationid")).isEqualTo(correlationId);
        assertThat(CloudEvents.header(record, "content-type")).isEqualTo("application/json");
        assertThat(new Db(dataSource).single("select published_at from kit.outbox_event where id = ?", eventId))
                .isNotNull();
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        String title = Samples.uniqueTitle();
        given().header("Authorization", Samples.hr("R9A")).contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\"}")
                .when().post("/samples/failing")
                .then().spec(problem(409, "conflict"));

        Db db = new Db(dataSource);
        assertThat(db.count("select count(*) from sample_record where title = ?", title)).isZero();
        assertThat(db.count("select count(*) from kit.outbox_event where payload::json ->> 'title' = ?", title))
                .isZero();
        try (var task = org.pswcp.testkit.KafkaBroker.companion().consumeStrings()
                .fromTopics(Samples.TOPIC, m -> m.select().where(r -> r.value().contains(title)))) {
            task.awaitNoRecords(Duration.ofSeconds(3));
        }
    }

    @Test
    void relayProducerAcknowledgesFromAllReplicasAndIsIdempotent() {
        Map<String, ?> configuration = kafka.getProducer(OutboxRelay.CHANNEL).configuration();
        assertThat(configuration.get("acks")).hasToString("all");
        assertThat(configuration.get("enable.idempotence")).hasToString("true");
    }
}
