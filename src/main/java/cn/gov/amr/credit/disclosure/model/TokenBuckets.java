package cn.gov.amr.credit.disclosure.model;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key (a client address): each holds up to {@code burst} tokens and gains
 * {@code perSecond} a second; a request takes one. Buckets that have filled up again are forgotten
 * when there are many, so memory stays bounded.
 */
public final class TokenBuckets {

    private static final int FORGET_ABOVE = 50_000;
    private static final double NANOS_PER_SECOND = 1e9;

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    private final double perSecond;
    private final int burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** 0 if a token was taken; otherwise the whole seconds to wait before the next one. */
    public long take(String key, long nowNanos) {
        if (buckets.size() > FORGET_ABOVE) {
            buckets.entrySet().removeIf(e -> refill(e.getValue(), nowNanos) >= burst);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, nowNanos));
        synchronized (bucket) {
            double tokens = refill(bucket, nowNanos);
            if (tokens >= 1) {
                bucket.tokens = tokens - 1;
                bucket.at = nowNanos;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }

    private double refill(Bucket bucket, long nowNanos) {
        synchronized (bucket) {
            return Math.min(burst, bucket.tokens + (nowNanos - bucket.at) / NANOS_PER_SECOND * perSecond);
        }
    }
}
