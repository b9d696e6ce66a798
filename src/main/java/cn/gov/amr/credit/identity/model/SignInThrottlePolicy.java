package cn.gov.amr.credit.identity.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a client address may try a password at all, decided before any password is hashed: at most
 * {@code maxFailuresPerAddress} failed sign-ins per address within a sliding {@code window}, whatever
 * the user names tried. Password checks still running from the address count as failures to come, so
 * that a burst of simultaneous attempts cannot overshoot the limit.
 *
 * <p>Across all addresses, once {@code globalMaxFailures} failures fall within the window, the limit of
 * every address drops to one failure per window. An address with no recent failure may therefore
 * always try once: an officer who types the right password is never shut out by somebody else's
 * attack; one who mistyped waits at most one window.
 *
 * @param maxFailuresPerAddress failures an address may have within the window (at least 1)
 * @param window                the sliding window (positive); also the longest wait announced
 * @param globalMaxFailures     failures across all addresses within the window that put every address
 *                              on the reduced limit (at least 1)
 */
public record SignInThrottlePolicy(int maxFailuresPerAddress, Duration window, int globalMaxFailures) {

    /** The reduced limit of every address while the global ceiling is reached. */
    public static final int LIMIT_UNDER_PRESSURE = 1;

    public SignInThrottlePolicy {
        if (maxFailuresPerAddress < 1 || globalMaxFailures < 1 || window == null || window.isNegative()
                || window.isZero()) {
            throw new IllegalArgumentException("sign-in throttle: limits must be at least 1 and the window positive");
        }
    }

    /** The verdict on one attempt. */
    public sealed interface Decision {
    }

    /** The password may be checked. */
    public record Admitted() implements Decision {
    }

    /** Refused without checking the password; worth trying again after {@code retryAfterSeconds}. */
    public record Refused(long retryAfterSeconds, boolean underPressure) implements Decision {
    }

    /**
     * @param failures       this address's failures (any order; those outside the window are ignored)
     * @param inFlight       this address's password checks still running
     * @param globalFailures failures of all addresses within the window ending {@code now}
     */
    public Decision decide(List<Instant> failures, int inFlight, long globalFailures, Instant now) {
        Instant windowStart = now.minus(window);
        List<Instant> recent = failures.stream().filter(at -> at.isAfter(windowStart)).sorted().toList();
        boolean underPressure = globalFailures >= globalMaxFailures;
        int limit = underPressure ? LIMIT_UNDER_PRESSURE : maxFailuresPerAddress;
        if (recent.size() >= limit) {
            // the attempt may go ahead once enough failures have left the window to fall below the limit
            Instant freed = recent.get(recent.size() - limit).plus(window);
            return new Refused(seconds(Duration.between(now, freed)), underPressure);
        }
        if (recent.size() + inFlight >= limit) {
            return new Refused(1, underPressure);
        }
        return new Admitted();
    }

    private long seconds(Duration wait) {
        long rounded = wait.plusNanos(999_999_999).getSeconds();
        return Math.max(1, Math.min(rounded, window.toSeconds() == 0 ? 1 : window.toSeconds()));
    }
}
