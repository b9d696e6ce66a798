package cn.gov.amr.credit.shared;

/**
 * A refusal because a caller asked too often ({@link Refusal.Kind#TOO_MANY_REQUESTS}, HTTP 429): the web
 * layer sends {@link #retryAfterSeconds()} as {@code Retry-After}.
 */
public class Throttled extends Refusal {

    private final long retryAfterSeconds;

    public Throttled(String code, long retryAfterSeconds, Object... arguments) {
        super(Kind.TOO_MANY_REQUESTS, code, arguments);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Seconds after which asking again may succeed; at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
