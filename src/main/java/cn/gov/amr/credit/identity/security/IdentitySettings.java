package cn.gov.amr.credit.identity.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.gov.amr.credit.identity.Jurisdiction;

/**
 * @param adminPassword  password of the first {@code admin} ({@code CREDIT_ADMIN_PASSWORD}); blank:
 *                       a random one is generated and printed once to the log
 * @param lockout        failed sign-ins that lock an account for one client address, and for how long
 * @param throttle       failed sign-ins per client address (whatever the user names) and across all
 *                       addresses before attempts are refused unchecked ({@code credit.identity.throttle.*})
 * @param jurisdictions  the grassroots branches officers belong to [config]
 */
@ConfigurationProperties("credit.identity")
public record IdentitySettings(String adminPassword, Lockout lockout, Throttle throttle,
                               List<Jurisdiction> jurisdictions) {

    public IdentitySettings {
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
        throttle = throttle == null ? new Throttle(0, null, 0, null) : throttle;
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
    }

    public record Lockout(int maxFailures, Duration duration) {
    }

    /**
     * @param maxFailuresPerAddress failed sign-ins one address may have within the window, whatever the
     *                              user names (default 20)
     * @param window                the sliding window (default one minute); no announced wait is longer
     * @param globalMaxFailures     failures across all addresses within the window that cut every address
     *                              down to one failure per window (default 200)
     * @param reportEvery           how often failures are summarised in the audit log, one entry per
     *                              address and window (default 15 s)
     */
    public record Throttle(int maxFailuresPerAddress, Duration window, int globalMaxFailures, Duration reportEvery) {

        public Throttle {
            maxFailuresPerAddress = maxFailuresPerAddress <= 0 ? 20 : maxFailuresPerAddress;
            window = window == null ? Duration.ofMinutes(1) : window;
            globalMaxFailures = globalMaxFailures <= 0 ? 200 : globalMaxFailures;
            reportEvery = reportEvery == null ? Duration.ofSeconds(15) : reportEvery;
        }
    }

    @Override
    public String toString() {
        return "IdentitySettings[adminPassword=****, lockout=" + lockout + ", jurisdictions=" + jurisdictions + "]";
    }
}
