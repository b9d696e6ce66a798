package cn.gov.amr.credit.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword  password of the first {@code admin} ({@code CREDIT_ADMIN_PASSWORD}); blank:
 *                       a random one is generated and printed once to the log
 * @param lockout        failed sign-ins that lock an account for one client address, and for how long
 * @param jurisdictions  the grassroots branches officers belong to [config]
 */
@ConfigurationProperties("credit.identity")
public record IdentitySettings(String adminPassword, Lockout lockout, List<Jurisdiction> jurisdictions) {

    public IdentitySettings {
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
    }

    public record Lockout(int maxFailures, Duration duration) {
    }

    @Override
    public String toString() {
        return "IdentitySettings[adminPassword=****, lockout=" + lockout + ", jurisdictions=" + jurisdictions + "]";
    }
}
