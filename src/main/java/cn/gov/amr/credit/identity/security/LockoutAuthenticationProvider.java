package cn.gov.amr.credit.identity.security;

import java.time.Clock;
import java.util.Map;

import cn.gov.amr.credit.audit.Actor;
import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.IdentitySettings;
import cn.gov.amr.credit.identity.infrastructure.SignInFailures;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (form or HTTP Basic) with a lockout per account and client address: after
 * {@code maxFailures} wrong passwords in a row from one address the account is refused for that
 * address only, so nobody can lock an officer out from elsewhere. A locked attempt does not even
 * check the password.
 */
@Component
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInFailures failures;
    private final AuditLog audit;
    private final IdentitySettings settings;
    private final Clock clock;

    LockoutAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInFailures failures,
                                  AuditLog audit, IdentitySettings settings, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.failures = failures;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String address = clientAddress(authentication);
        var actor = new Actor(username, address);
        var lockedUntil = failures.lockedUntil(username, address, clock.instant());
        if (lockedUntil.isPresent()) {
            audit.record(actor, AuditActions.SIGN_IN_REFUSED_LOCKED, username, Map.of());
            throw new LockedException("locked until " + LegalTime.local(lockedUntil.get()));
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            failures.clear(username, address);
            return result;
        } catch (BadCredentialsException e) {
            var lockout = settings.lockout();
            var locked = failures.recordFailure(username, address, clock.instant(), lockout.maxFailures(),
                    lockout.duration());
            audit.record(actor, AuditActions.SIGN_IN_FAILED, username, Map.of());
            if (locked.isPresent()) {
                audit.record(actor, AuditActions.ACCOUNT_LOCKED, username,
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
