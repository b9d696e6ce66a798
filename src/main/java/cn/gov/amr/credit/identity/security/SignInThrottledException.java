package cn.gov.amr.credit.identity.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked, because its client address (or the platform as
 * a whole) failed too often within the throttle's window. The API answers 429 with
 * {@code Retry-After}; the form shows the sign-in page again with the wait.
 */
public class SignInThrottledException extends AuthenticationException {

    /** Request attribute (a {@code Long}, seconds) by which the form's failure reaches the sign-in page. */
    public static final String RETRY_AFTER_ATTRIBUTE = SignInThrottledException.class.getName() + ".retryAfter";

    private final long retryAfterSeconds;

    SignInThrottledException(long retryAfterSeconds) {
        super("sign-in throttled for " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until an attempt from the address may be checked again (1 to the window, 60 by default). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
