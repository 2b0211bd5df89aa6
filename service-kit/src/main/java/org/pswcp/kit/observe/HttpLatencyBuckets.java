package org.pswcp.kit.observe;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Gives the HTTP server's request timer a few histogram buckets ({@code http_server_requests_seconds_bucket}), so
 * dashboards can show latency percentiles per endpoint without a series per Micrometer default bucket.
 */
@ApplicationScoped
class HttpLatencyBuckets {

    private static final double[] SECONDS = {0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {

            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                double[] nanos = java.util.Arrays.stream(SECONDS).map(s -> Duration.ofMillis((long) (s * 1000))
                        .toNanos()).toArray();
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
            }
        };
    }
}
