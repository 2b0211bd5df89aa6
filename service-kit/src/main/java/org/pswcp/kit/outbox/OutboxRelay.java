package org.pswcp.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.pswcp.kit.observe.EventTracing;
import org.pswcp.kit.request.RequestIds;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends committed outbox events to Kafka. Claims a batch, sends it outside any transaction, and marks each event
 * published only once the broker acknowledged it. If the relay dies between sending and marking, the batch is sent
 * again after the lease: consumers drop the duplicates through their inbox, by CloudEvents id.
 * <p>
 * The relay sends as soon as a transaction that recorded events commits ({@link #wake}), and polls as well, as the
 * safety net. One pass runs at a time, so events leave in the order they were claimed, as before.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The outgoing channel every service's outbox sends through; its producer settings are in the kit's config. */
    public static final String CHANNEL = "pswcp-outbox";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final String relayId = "relay-" + UUID.randomUUID();
    private final OutboxRepository repository;
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final EventTracing tracing;
    private final Counter published;
    private final Counter failures;
    private final AtomicReference<OutboxRepository.Backlog> backlog = new AtomicReference<>(
            new OutboxRepository.Backlog(0, null));
    private final RelayDisabled gate;
    private final Publications publications;
    /** One pass at a time, whether the poll or a wake-up started it. */
    private final ReentrantLock passes = new ReentrantLock();
    /** A wake-up is queued and has not started its pass yet: further wake-ups until then add nothing. */
    private final AtomicBoolean woken = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("pswcp-outbox-wake").daemon().factory());
    private int consecutiveFailures;
    private Instant pausedUntil = Instant.EPOCH;

    OutboxRelay(OutboxRepository repository, @Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config,
            MeterRegistry registry, EventTracing tracing, RelayDisabled gate, Publications publications) {
        this.repository = repository;
        this.publications = publications;
        this.gate = gate;
        this.emitter = emitter;
        this.config = config;
        this.tracing = tracing;
        this.published = Counter.builder("pswcp.outbox.published")
                .description("Events the broker acknowledged").baseUnit("events").register(registry);
        this.failures = Counter.builder("pswcp.outbox.failed")
                .description("Events the broker refused or did not acknowledge in time").baseUnit("events")
                .register(registry);
        Gauge.builder("pswcp.outbox.unpublished", backlog, b -> b.get().count())
                .description("Events written but not yet acknowledged by the broker").baseUnit("events")
                .register(registry);
        Gauge.builder("pswcp.outbox.oldest.unpublished.age", backlog, OutboxRelay::oldestAgeSeconds)
                .description("Age of the oldest event not yet acknowledged by the broker; 0 when none waits")
                .baseUnit("seconds").register(registry);
    }

    @Scheduled(every = "${pswcp.outbox.poll-interval:1s}", delayed = "${pswcp.outbox.initial-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = RelayDisabled.class)
    void relay() {
        passes.lock();
        try {
            if (Instant.now().isAfter(pausedUntil)) {
                int sent;
                do {
                    sent = relayOnce();
                } while (sent == config.batchSize());
            }
        } finally {
            try {
                backlog.set(repository.backlog());
            } finally {
                passes.unlock();
            }
        }
    }

    /**
     * Relays now, on the relay's own thread, rather than at the next poll: {@link Outbox} calls this once a transaction
     * that recorded events has committed. Wake-ups that arrive while one waits to start are one pass.
     */
    void wake() {
        if (!config.wakeOnCommit() || !gate.relays() || !woken.compareAndSet(false, true)) {
            return;
        }
        try {
            waker.execute(() -> {
                woken.set(false); // what commits from here on wakes another pass
                try {
                    relay();
                } catch (RuntimeException e) {
                    LOG.warnf("An outbox pass on commit failed (%s); the poll tries again", describe(e));
                }
            });
        } catch (RejectedExecutionException stopping) {
            woken.set(false); // shutting down: the events wait in the outbox for the next start
        }
    }

    /**
     * Deletes published events once they are older than the retention (the change feed serves them until then). Any
     * replica may: a second purge finds nothing more to delete.
     */
    @Scheduled(every = "${pswcp.outbox.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = RelayDisabled.class)
    void purge() {
        int deleted = repository.purge(config.retention());
        if (deleted > 0) {
            LOG.infof("Deleted %d published events older than %s", deleted, config.retention());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        waker.shutdownNow();
    }

    /**
     * One pass: claim, send, mark.
     *
     * @return how many events were claimed
     */
    int relayOnce() {
        List<OutboxRepository.Claimed> batch = repository.claim(relayId, config.batchSize(), config.lease());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Uni<Throwable>> sends = batch.stream().map(this::send).toList();
        List<Throwable> outcomes;
        try {
            outcomes = Uni.join().all(sends).andFailFast().await().atMost(config.sendTimeout());
        } catch (io.smallrye.mutiny.TimeoutException e) {
            outcomes = java.util.Collections.nCopies(batch.size(), e); // some may have arrived: the inbox drops repeats
        }
        List<UUID> acknowledged = new ArrayList<>();
        List<UUID> refused = new ArrayList<>();
        Throwable firstFailure = null;
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes.get(i) == null) {
                acknowledged.add(batch.get(i).id());
            } else {
                refused.add(batch.get(i).id());
                firstFailure = firstFailure == null ? outcomes.get(i) : firstFailure;
            }
        }
        if (repository.published(relayId, acknowledged) > 0) {
            publications.announce();
        }
        published.increment(acknowledged.size());
        if (!refused.isEmpty()) {
            failures.increment(refused.size());
            Duration pause = backoff();
            pausedUntil = Instant.now().plus(pause);
            repository.failed(relayId, refused, describe(firstFailure), pause);
            LOG.warnf("The broker did not take %d of %d events (%s); trying again in %d s", refused.size(),
                    batch.size(), describe(firstFailure), pause.toSeconds());
            return 0;
        }
        consecutiveFailures = 0;
        return batch.size();
    }

    /** Sends one event; the result is its failure, or null once the broker acknowledged it. */
    private Uni<Throwable> send(OutboxRepository.Claimed event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, event.id().toString());
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.SOURCE, event.source());
        header(headers, CloudEventHeaders.SUBJECT, event.subject());
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.createdAt()));
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        header(headers, CloudEventHeaders.DATAREF, event.dataref());
        header(headers, CloudEventHeaders.ORGANISATION, event.organisation());
        header(headers, CloudEventHeaders.CORRELATION_ID, event.correlationId());
        Span span = tracing.publishing(event.topic(), event.id().toString(), event.type(), event.traceParent(),
                event.traceState(), headers);
        Message<String> message = Message.of(event.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String> builder()
                        .withTopic(event.topic())
                        .withKey(event.key())
                        .withHeaders(headers)
                        .build());
        return emitter.sendMessage(message)
                .onItemOrFailure().transform((ignored, failure) -> {
                    if (failure != null) {
                        span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
                    } else {
                        logPublished(event, span);
                    }
                    span.end();
                    return failure;
                });
    }

    /** One line per event, with the ids, organisation and trace of the work that wrote it. */
    private static void logPublished(OutboxRepository.Claimed event, Span span) {
        try (Scope scope = span.makeCurrent()) {
            RequestIds.bindEvent(event.id().toString(), event.correlationId(), event.organisation());
            LOG.infof("Published %s %s to %s", event.type(), event.id(), event.topic());
        } finally {
            RequestIds.clear();
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Doubles the pause with each failed pass, from one second up to the configured maximum. */
    private Duration backoff() {
        consecutiveFailures = Math.min(consecutiveFailures + 1, 16);
        Duration pause = Duration.ofSeconds(1L << (consecutiveFailures - 1));
        return pause.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : pause;
    }

    /** The backlog as the last pass found it. */
    OutboxRepository.Backlog backlog() {
        return backlog.get();
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "no acknowledgement";
        }
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static double oldestAgeSeconds(AtomicReference<OutboxRepository.Backlog> backlog) {
        Instant oldest = backlog.get().oldestCreatedAt();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
    }

    /**
     * Skips the schedule on instances configured not to relay, until the application has started, and once it stops: a
     * slow start (migrations, a first large event to consume) must not let the first run find the channel not yet
     * connected.
     */
    @ApplicationScoped
    static class RelayDisabled implements Scheduled.SkipPredicate {

        private final OutboxConfig config;
        private volatile boolean started;

        RelayDisabled(OutboxConfig config) {
            this.config = config;
        }

        /** Observed after Reactive Messaging's own start-up observer, which connects the channels. */
        void onStart(@Observes StartupEvent event) {
            started = true;
        }

        /**
         * From the start of shutdown on, no pass: the schedule would otherwise go on firing while the persistence unit
         * closes, and log an error a second until the process ends.
         */
        void onStop(@Observes ShutdownEvent event) {
            started = false;
        }

        /** Whether this instance relays now: it has started, is not stopping, and is configured to. */
        boolean relays() {
            return started && config.relayEnabled();
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !relays();
        }
    }
}
