package org.pswcp.kit.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the transactional outbox and its relay to Kafka. */
@ConfigMapping(prefix = "pswcp.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code source} of this service's events. */
    String source();

    /** Whether this instance relays; every replica may, they take turns safely. */
    @WithDefault("true")
    boolean relayEnabled();

    /**
     * Whether the relay sends as soon as a transaction that wrote events commits. The poll stays, as the safety net for
     * what a wake-up misses (another replica's events, a relay that was paused or busy).
     */
    @WithDefault("true")
    boolean wakeOnCommit();

    /**
     * How often the relay looks for new events, as {@code @Scheduled} reads it ({@code 1s}, {@code 5s}; a second at
     * least).
     */
    @WithDefault("1s")
    String pollInterval();

    /** How long after start the relay first looks. */
    @WithDefault("2s")
    String initialDelay();

    /** How many events one relay pass sends at most before it looks again. */
    @WithDefault("100")
    int batchSize();

    /**
     * How long a relay's claim on a batch lasts: if the relay dies mid-batch, another takes the batch over after this.
     */
    @WithDefault("PT30S")
    Duration lease();

    /** The longest the relay waits for the broker to acknowledge a batch. */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /**
     * How long published events are kept, and so how far back the change feed ({@code GET /v1/changes}) reaches: as
     * long as Kafka keeps them (14 days), so an HTTP client can go back as far as a Kafka consumer. Events not yet
     * published are never deleted.
     */
    @WithDefault("P14D")
    Duration retention();

    /** How often published events past the retention are deleted, as {@code @Scheduled} reads it. */
    @WithDefault("1h")
    String purgeInterval();

    /** The longest pause between attempts while the broker refuses or is away. */
    @WithDefault("PT30S")
    Duration maxBackoff();
}
