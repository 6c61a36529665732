package dev.saldo.portal.api;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets kept in this instance's memory, one per key (an address, a user, an invoice number):
 * {@code capacity} requests at once, refilled evenly over {@code period}. Several portal instances
 * each count on their own, so behind a load balancer the effective limit is per instance.
 */
public final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int capacity;
    private final double tokensPerNano;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, Duration period, Clock clock) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive capacity and period");
        }
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) period.toNanos();
        this.clock = clock;
    }

    /** Takes one token for the key; empty if allowed, else the whole seconds to wait before the next try. */
    public OptionalLong tryAcquire(String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear(); // crude bound on memory under a flood of distinct keys
        }
        var now = nanos();
        var bucket = buckets.compute(key, (k, old) -> (old == null ? new Bucket(capacity, now) : refill(old, now)).take());
        if (bucket.granted()) {
            return OptionalLong.empty();
        }
        var wait = (1 - bucket.tokens()) / tokensPerNano;
        return OptionalLong.of(Math.max(1, (long) Math.ceil(wait / 1_000_000_000d)));
    }

    /** Forgets a key, e.g. after a successful sign-in. */
    public void reset(String key) {
        buckets.remove(key);
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private Bucket refill(Bucket old, long now) {
        var tokens = Math.min(capacity, old.tokens() + Math.max(0, now - old.at()) * tokensPerNano);
        return new Bucket(tokens, now, false);
    }

    private record Bucket(double tokens, long at, boolean granted) {

        Bucket(double tokens, long at) {
            this(tokens, at, false);
        }

        Bucket take() {
            return tokens >= 1 ? new Bucket(tokens - 1, at, true) : new Bucket(tokens, at, false);
        }
    }
}
