package org.pswcp.kit.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the change feed over HTTP ({@code GET /v1/changes}). */
@ConfigMapping(prefix = "pswcp.changes")
public interface ChangesConfig {

    /**
     * How many long polls this instance holds at once; one more is a 503 with {@code Retry-After}. A waiting poll holds
     * no thread, only a little memory and, once a second while any waits, one query for all of them.
     */
    @WithDefault("200")
    int maxWaiting();
}
