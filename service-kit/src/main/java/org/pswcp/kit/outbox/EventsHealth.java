package org.pswcp.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.HealthGroup;

/**
 * {@code /q/health/group/events}: whether events flow, that is whether the broker answers, with the outbox's backlog.
 * It is deliberately not part of readiness: a broker outage must not take the API out of service (changes go on and the
 * outbox drains when the broker is back), so a replica stays ready while this group says that events wait. Operators
 * and the fault suite read it; the alerts read the same backlog from the metrics.
 */
@HealthGroup(EventsHealth.GROUP)
@ApplicationScoped
public class EventsHealth implements HealthCheck {

    public static final String GROUP = "events";
    /** Longer than a broker that answers takes, shorter than a probe's own timeout. */
    private static final Duration BROKER_WAIT = Duration.ofSeconds(3);

    private final Map<String, Object> kafka;
    private final Supplier<OutboxRepository.Backlog> backlog;

    @Inject
    EventsHealth(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxRelay relay) {
        this(kafka, relay::backlog);
    }

    EventsHealth(Map<String, Object> kafka, Supplier<OutboxRepository.Backlog> backlog) {
        this.kafka = kafka;
        this.backlog = backlog;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("events");
        String broker = brokerState();
        response.status(broker.startsWith("reachable")).withData("broker", broker);
        OutboxRepository.Backlog waiting = backlog.get();
        response.withData("outboxUnpublished", waiting.count());
        if (waiting.oldestCreatedAt() != null) {
            response.withData("outboxOldestUnpublishedSeconds",
                    Math.max(0, Duration.between(waiting.oldestCreatedAt(), Instant.now()).toSeconds()));
        }
        return response.build();
    }

    /**
     * "reachable (n brokers)" or why not. A client a call, closed at once: the check is read rarely, and a client kept
     * open would retry an absent broker in the background and log each attempt.
     */
    private String brokerState() {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name)) {
                settings.put(name, value);
            }
        });
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "pswcp-events-health");
        int millis = (int) BROKER_WAIT.toMillis();
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        try (Admin admin = Admin.create(settings)) {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis)).nodes()
                    .get(millis + 500L, TimeUnit.MILLISECONDS).size();
            return "reachable (" + brokers + (brokers == 1 ? " broker)" : " brokers)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown: interrupted";
        } catch (Exception e) {
            return "unreachable: " + e.getClass().getSimpleName();
        }
    }
}
