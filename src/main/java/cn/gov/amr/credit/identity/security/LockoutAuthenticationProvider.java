package cn.gov.amr.credit.identity.security;

import java.time.Clock;
import java.util.Map;

import cn.gov.amr.credit.audit.Actor;
import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.identity.infrastructure.SignInFailures;
import cn.gov.amr.credit.shared.LegalTime;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (form or HTTP Basic) in three steps. First the client address's throttle: an
 * address that failed too often within the window (whatever the user names) is refused before
 * anything else, with no password hashed ({@link SignInThrottle}). Then the lockout per account and
 * client address: after {@code maxFailures} wrong passwords in a row from one address the account is
 * refused for that address only, so nobody can lock an officer out from elsewhere; a locked attempt
 * does not check the password either. Then the password. Failures are audited as summaries per
 * address ({@link SignInFailureReports}); lockouts one by one.
 */
@Component
class LockoutAuthenticationProvider implements AuthenticationProvider {

    /** Counter of password hashes compared: a throttled or locked attempt adds none. */
    static final String PASSWORD_CHECKS = "credit.sign_in.password_checks";

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInFailures failures;
    private final AuditLog audit;
    private final IdentitySettings settings;
    private final Clock clock;

    LockoutAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                  SignInFailures failures, AuditLog audit, IdentitySettings settings, Clock clock,
                                  MeterRegistry meters) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(new CountingPasswordEncoder(encoder,
                Counter.builder(PASSWORD_CHECKS).description("Password hashes compared at sign-in").register(meters)));
        this.throttle = throttle;
        this.failures = failures;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String address = clientAddress(authentication);
        var attempt = throttle.admit(address);
        Authentication result;
        try {
            var lockedUntil = failures.lockedUntil(username, address, clock.instant());
            if (lockedUntil.isPresent()) {
                throw new LockedException("locked until " + LegalTime.local(lockedUntil.get()));
            }
            result = checkPassword(authentication, username, address);
        } catch (InternalAuthenticationServiceException e) {
            throttle.abandoned(attempt);
            throw e;
        } catch (AuthenticationException e) {
            throttle.failed(attempt, username);
            throw e;
        } catch (RuntimeException | Error e) {
            throttle.abandoned(attempt);
            throw e;
        }
        throttle.succeeded(attempt);
        return result;
    }

    private Authentication checkPassword(Authentication authentication, String username, String address) {
        if (username.length() > UserAccounts.MAX_USERNAME_LENGTH) {
            // no account has such a name: nothing to hash, and nothing to lock (nor to store)
            throw new BadCredentialsException("no such user");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            failures.clear(username, address);
            return result;
        } catch (BadCredentialsException e) {
            var lockout = settings.lockout();
            var locked = failures.recordFailure(username, address, clock.instant(), lockout.maxFailures(),
                    lockout.duration());
            if (locked.isPresent()) {
                audit.record(new Actor(username, address), AuditActions.ACCOUNT_LOCKED, username,
                        Map.of("until", LegalTime.local(locked.get()).toString()));
                throw new LockedException("locked until " + LegalTime.local(locked.get()));
            }
            throw e;
        }
    }

    static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
