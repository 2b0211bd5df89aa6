package org.pswcp.kit.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pswcp.idempotency")
public interface IdempotencyConfig {

    /** How long a key is remembered; retries after this create anew. */
    @WithDefault("P1D")
    Duration retention();
}
