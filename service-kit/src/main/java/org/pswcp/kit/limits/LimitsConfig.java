package org.pswcp.kit.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much one caller may ask of a service ({@code pswcp.limits.*}): the size of a request body, and how many requests
 * a minute. A caller is the token's account ({@code sub}); a public request without a token is its client address. The
 * request counts are kept by each replica: with {@code n} replicas behind the ingress a caller gets up to {@code n}
 * times these figures, so set them to the service-wide figure divided by the replicas.
 */
@ConfigMapping(prefix = "pswcp.limits")
public interface LimitsConfig {

    /** The largest request body an operation accepts, unless it declares a larger {@link BodyLimit}. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Changes (POST, PUT, PATCH, DELETE) a caller may make a minute, in bursts of up to as many. */
    @WithDefault("120")
    int writesPerMinute();

    /** Reads (GET, HEAD) a caller may make a minute, in bursts of up to as many. */
    @WithDefault("1200")
    int readsPerMinute();

    /** How many callers' counts a replica keeps at most; beyond, callers it has not seen share one count. */
    @WithDefault("50000")
    int maxCallers();
}
