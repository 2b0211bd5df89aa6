package org.pswcp.kit.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Token buckets, one per caller and kind of request (reads, writes), kept in memory: a bucket holds up to a minute's
 * allowance and refills continuously. The map is bounded ({@code pswcp.limits.max-callers}): a caller's key comes from
 * a verified token or a connection, never from a header a caller makes up, and past the bound idle buckets (full ones)
 * are dropped and unseen callers share one.
 */
@ApplicationScoped
public class RateLimiter {

    /** The outcome of taking one request from a bucket: whether it may proceed, and the bucket's state for headers. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private static final String OVERFLOW = "\u0000overflow";

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LimitsConfig config;

    RateLimiter(LimitsConfig config) {
        this.config = config;
    }

    /** Takes one request of this caller, of this kind, now. */
    public Decision take(String caller, boolean write) {
        int perMinute = write ? config.writesPerMinute() : config.readsPerMinute();
        String key = (write ? "w|" : "r|") + caller;
        long now = System.nanoTime();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= config.maxCallers()) {
                buckets.values().removeIf(b -> b.isFull(now));
            }
            bucket = buckets.size() < config.maxCallers()
                    ? buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now))
                    : buckets.computeIfAbsent((write ? "w|" : "r|") + OVERFLOW, k -> new Bucket(perMinute, now));
        }
        return bucket.take(now);
    }

    /** How many buckets this replica holds (for tests and the bound). */
    int size() {
        return buckets.size();
    }

    private static final class Bucket {

        private final int capacity;
        private final double perNano;
        private double tokens;
        private long updated;

        Bucket(int perMinute, long now) {
            this.capacity = perMinute;
            this.perNano = perMinute / 60e9;
            this.tokens = perMinute;
            this.updated = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            long reset = (long) Math.ceil((capacity - tokens) / perNano / 1e9);
            long retryAfter = allowed ? 0 : (long) Math.ceil((1 - tokens) / perNano / 1e9);
            return new Decision(allowed, capacity, (int) Math.floor(tokens), reset, Math.max(1, retryAfter));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
        }
    }
}
