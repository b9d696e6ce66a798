package cn.gov.amr.credit.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.identity.infrastructure.SignInAddresses;
import cn.gov.amr.credit.identity.infrastructure.Users;
import cn.gov.amr.credit.identity.model.SignInThrottlePolicy;
import cn.gov.amr.credit.identity.model.ThrottleKey;
import cn.gov.amr.credit.shared.Hashes;
import org.springframework.stereotype.Component;

/**
 * Admits password checks per client address under the {@link SignInThrottlePolicy}, before any
 * password is hashed. Failures are counted in the database (every instance sees them); the password
 * checks still running and the attempts refused since the last audit summary are counted in this
 * instance's memory, so that a refused attempt costs one read and no write.
 */
@Component
class SignInThrottle {

    /** Distinct user names one audit summary names; further ones are only counted. */
    static final int USER_NAMES_PER_SUMMARY = 20;

    private final SignInAddresses addresses;
    private final Users users;
    private final IdentitySettings.Throttle settings;
    private final SignInThrottlePolicy policy;
    private final Clock clock;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Long> refusals = new ConcurrentHashMap<>();

    SignInThrottle(SignInAddresses addresses, Users users, IdentitySettings settings, Clock clock) {
        this.addresses = addresses;
        this.users = users;
        this.settings = settings.throttle();
        this.policy = new SignInThrottlePolicy(this.settings.maxFailuresPerAddress(), this.settings.window(),
                this.settings.globalMaxFailures());
        this.clock = clock;
    }

    /** A password check admitted for an address; end it with {@link #succeeded}, {@link #failed} or {@link #abandoned}. */
    record Attempt(String key) {
    }

    /**
     * Admits one password check from {@code clientAddress}.
     *
     * @throws SignInThrottledException if the address (or the platform) has failed too often
     */
    Attempt admit(String clientAddress) {
        String key = ThrottleKey.of(clientAddress);
        Instant now = clock.instant();
        Instant windowStart = now.minus(settings.window());
        var failures = addresses.failuresSince(key, windowStart);
        long global = failures.isEmpty() ? 0 : addresses.allFailuresSince(windowStart);
        int running = inFlight.merge(key, 1, Integer::sum);
        var decision = policy.decide(failures, running - 1, global, now);
        if (decision instanceof SignInThrottlePolicy.Refused refused) {
            release(key);
            refusals.merge(key, 1L, Long::sum);
            throw new SignInThrottledException(refused.retryAfterSeconds());
        }
        return new Attempt(key);
    }

    void succeeded(Attempt attempt) {
        release(attempt.key());
    }

    /** The attempt failed (wrong password, unknown user, locked or disabled account). */
    void failed(Attempt attempt, String username) {
        release(attempt.key());
        Instant now = clock.instant();
        addresses.recordFailure(attempt.key(), shown(username), now, now.minus(settings.window()),
                settings.maxFailuresPerAddress(), USER_NAMES_PER_SUMMARY);
    }

    /** The check ended neither way (for example the database failed): nothing counted. */
    void abandoned(Attempt attempt) {
        release(attempt.key());
    }

    /** Hands the refusals counted here since the last call to the addresses' next audit summaries. */
    void flushRefusals() {
        Instant now = clock.instant();
        for (String key : refusals.keySet()) {
            Long count = refusals.remove(key);
            if (count != null && count > 0) {
                addresses.recordRefusals(key, count, now);
            }
        }
    }

    /**
     * How a user name appears in the audit summary: an account's name as it is; any other name (a
     * mistyped one, somebody's password typed in the wrong field, an attacker's list) only as a short
     * hash, enough to tell repeats apart.
     */
    private String shown(String username) {
        if (!username.isEmpty() && username.length() <= UserAccounts.MAX_USERNAME_LENGTH
                && users.find(username).isPresent()) {
            return username;
        }
        return "#" + Hashes.sha256Hex(username).substring(0, 8);
    }

    private void release(String key) {
        inFlight.computeIfPresent(key, (k, running) -> running <= 1 ? null : running - 1);
    }
}
