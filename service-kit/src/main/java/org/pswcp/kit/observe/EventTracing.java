package org.pswcp.kit.observe;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * Carries a trace from the request that writes an event, through the outbox and Kafka, to the consumer. The relay sends
 * events later, on a thread of its own, so the trace context is stored with the event ({@link #current()}), the relay's
 * PRODUCER span continues it ({@link #publishing}) and writes the W3C {@code traceparent} header next to the
 * CloudEvents ones, and the consumer's CONSUMER span continues that ({@link #processing}).
 */
@ApplicationScoped
public class EventTracing {

    /** W3C Trace Context header names, as the propagator writes them. */
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private static final TextMapGetter<Headers> HEADER_GETTER = new TextMapGetter<>() {

        @Override
        public Iterable<String> keys(Headers carrier) {
            return () -> java.util.Arrays.stream(carrier.toArray()).map(Header::key).iterator();
        }

        @Override
        public String get(Headers carrier, String key) {
            Header header = carrier == null ? null : carrier.lastHeader(key);
            return header == null || header.value() == null
                    ? null
                    : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("org.pswcp.kit");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** The W3C trace context of the current span ({@code traceparent}, {@code tracestate}); empty outside a trace. */
    public Map<String, String> current() {
        Map<String, String> carrier = new HashMap<>();
        if (Span.current().getSpanContext().isValid()) {
            propagator.inject(Context.current(), carrier, Map::put);
        }
        return carrier;
    }

    /**
     * Starts the span of sending one event, as a child of the trace context stored with it, and writes that span's
     * context into the record's headers.
     */
    public Span publishing(String topic, String eventId, String eventType, String traceparent, String tracestate,
            Headers headers) {
        Map<String, String> stored = new HashMap<>();
        if (traceparent != null) {
            stored.put(TRACEPARENT, traceparent);
        }
        if (tracestate != null) {
            stored.put(TRACESTATE, tracestate);
        }
        Context parent = propagator.extract(Context.root(), stored, MAP_GETTER);
        Span span = tracer.spanBuilder(topic + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", eventId)
                .setAttribute("cloudevents.event_type", eventType)
                .startSpan();
        headers.remove(TRACEPARENT);
        headers.remove(TRACESTATE);
        propagator.inject(parent.with(span), headers,
                (carrier, key, value) -> carrier.add(key, value.getBytes(StandardCharsets.UTF_8)));
        return span;
    }

    /** Starts the span of processing one consumed record, as a child of the producer's span named in its headers. */
    public Span processing(String consumer, ConsumerRecord<String, String> record, String eventId, String eventType) {
        Context parent = propagator.extract(Context.root(), record.headers(), HEADER_GETTER);
        return tracer.spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("pswcp.inbox.consumer", consumer)
                .setAttribute("messaging.message.id", eventId)
                .setAttribute("cloudevents.event_type", eventType)
                .startSpan();
    }
}
