package cn.gov.amr.credit.identity.security;

import io.micrometer.core.instrument.Counter;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Counts the password hashes compared (the costly part of a sign-in), as evidence for the throttle. */
final class CountingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Counter checks;

    CountingPasswordEncoder(PasswordEncoder delegate, Counter checks) {
        this.delegate = delegate;
        this.checks = checks;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        checks.increment();
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
