package org.pswcp.kit.observe;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Exports no spans unless a collector is named. Traces still start, propagate through HTTP, the outbox and Kafka, and
 * put their ids on every log line; only sending them is off. Quarkus' OTLP exporter would otherwise send to
 * {@code localhost:4317} and log a connection error every few seconds wherever no collector runs (the local stack, the
 * tests). Setting the environment variable {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} (or {@code ..._TRACES_ENDPOINT})
 * sets {@code pswcp.tracing.collector} (see the kit's config), which withdraws this exporter, and Quarkus' OTLP
 * exporter sends there. The OTLP endpoint properties themselves cannot tell: they have a default, so they are never
 * missing.
 */
@ApplicationScoped
class TraceExport {

    @Produces
    @Singleton
    @LookupIfProperty(name = "pswcp.tracing.collector", stringValue = "none")
    SpanExporter noCollector() {
        return new SpanExporter() {

            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
    }
}
