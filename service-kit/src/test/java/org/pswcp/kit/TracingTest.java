package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CapturedLogs;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** One trace from the HTTP request, through the outbox, the relay and Kafka, to the consumer's inbox. */
@QuarkusTest
class TracingTest {

    private CapturedLogs logs;

    @Inject
    InMemorySpanExporter spans;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void capture() {
        logs = CapturedLogs.start();
    }

    @AfterEach
    void release() {
        logs.stop();
    }

    @Test
    void theConsumersSpanContinuesTheTraceOfTheRequestThatWroteTheEvent() {
        String traceId = randomHex(32);
        UUID id = UUID.fromString(given().header("Authorization", Samples.hr("R9A"))
                .header("traceparent", "00-" + traceId + "-" + randomHex(16) + "-01")
                .contentType(ContentType.JSON).body("{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                .when().post("/samples")
                .then().statusCode(201).extract().path("id"));

        assertThat((String) new Db(dataSource).single("select trace_parent from kit.outbox_event where subject = ?",
                "samples/" + id)).startsWith("00-" + traceId + "-");
        ConsumerRecord<String, String> record = CloudEvents.onlyOneWithKey(Samples.TOPIC, id.toString(),
                Duration.ofSeconds(15));
        assertThat(CloudEvents.header(record, "traceparent")).startsWith("00-" + traceId + "-");

        SpanData consumer = await().atMost(Duration.ofSeconds(15)).until(
                () -> inTrace(traceId, SpanKind.CONSUMER), found -> !found.isEmpty()).get(0);
        SpanData producer = inTrace(traceId, SpanKind.PRODUCER).get(0);
        SpanData server = inTrace(traceId, SpanKind.SERVER).get(0);
        assertThat(consumer.getTraceId()).isEqualTo(producer.getTraceId()).isEqualTo(traceId);
        assertThat(consumer.getParentSpanId()).isEqualTo(producer.getSpanId());
        assertThat(CloudEvents.header(record, "traceparent")).contains(producer.getSpanId());
        assertThat(consumer.getName()).isEqualTo(Samples.TOPIC + " process");
        assertThat(producer.getName()).isEqualTo(Samples.TOPIC + " publish");
        assertThat(server.getAttributes().asMap().toString()).contains("/samples");
    }

    @Test
    void everyLogLineOfARequestAndOfItsEventCarriesItsIdsOrganisationAndTrace() {
        String requestId = "req-" + UUID.randomUUID();
        String traceId = randomHex(32);
        UUID id = UUID.fromString(given().header("Authorization", Samples.hr("R9B"))
                .header("X-Request-ID", requestId).header("X-Correlation-ID", "corr-" + requestId)
                .header("traceparent", "00-" + traceId + "-" + randomHex(16) + "-01")
                .contentType(ContentType.JSON).body("{\"title\":\"" + Samples.uniqueTitle() + "\"}")
                .when().post("/samples")
                .then().statusCode(201).extract().path("id"));
        given().header("Authorization", Samples.hr("R9B")).header("X-Request-ID", requestId + "-read")
                .when().get("/samples/" + UUID.randomUUID())
                .then().statusCode(404);

        ExtLogRecord requestLine = await().atMost(Duration.ofSeconds(10)).until(
                () -> lines("requestId", requestId + "-read"), found -> !found.isEmpty()).get(0);
        assertThat(requestLine.getMdc("organisation")).isEqualTo("R9B");
        assertThat(requestLine.getMdc("traceId")).matches("[0-9a-f]{32}");

        ExtLogRecord eventLine = await().atMost(Duration.ofSeconds(15)).until(
                () -> lines("correlationId", "corr-" + requestId), found -> found.stream()
                        .anyMatch(l -> l.getFormattedMessage().contains("applied")))
                .stream().filter(l -> l.getFormattedMessage().contains("applied")).findFirst().orElseThrow();
        assertThat(eventLine.getMdc("requestId")).startsWith("event-");
        assertThat(eventLine.getMdc("organisation")).isEqualTo("R9B");
        assertThat(eventLine.getMdc("traceId")).isEqualTo(traceId);
        assertThat(id).isNotNull();
    }

    private List<SpanData> inTrace(String traceId, SpanKind kind) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(traceId) && s.getKind() == kind).toList();
    }

    private List<ExtLogRecord> lines(String key, String value) {
        return logs.records().stream().filter(l -> value.equals(l.getMdc(key))).toList();
    }

    private static String randomHex(int length) {
        return UUID.randomUUID().toString().replace("-", "").repeat(2).substring(0, length);
    }
}
