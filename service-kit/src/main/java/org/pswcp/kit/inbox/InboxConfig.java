package org.pswcp.kit.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How a consumer retries an event that failed for a reason that passes (the database or the transaction: a lock
 * timeout, a lost connection, a failover) before it goes to the dead-letter topic. An event that can never be applied
 * (malformed, an unknown schema version, a handler's own refusal) goes there at once.
 */
@ConfigMapping(prefix = "pswcp.inbox")
public interface InboxConfig {

    /** How many times in all an event is tried, the first time included. */
    @WithDefault("5")
    int maxAttempts();

    /** The pause after the first failed attempt; it doubles after each, up to {@link #maxBackoff()}. */
    @WithDefault("PT0.2S")
    Duration initialBackoff();

    /** The longest pause between two attempts. */
    @WithDefault("PT5S")
    Duration maxBackoff();

    /**
     * The longest an event is retried: the events behind it on its partition wait meanwhile, and Kafka expects the
     * consumer back well within its poll interval (5 minutes).
     */
    @WithDefault("PT30S")
    Duration maxRetryTime();
}
