package cn.gov.amr.credit.identity.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;

import cn.gov.amr.credit.audit.Actor;
import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.RandomPasswords;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccount;
import cn.gov.amr.credit.identity.infrastructure.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At first start creates the user {@code admin} with the password from {@code CREDIT_ADMIN_PASSWORD},
 * or with a random one that is printed once to the log. There is no fixed default password.
 * Safe when several instances start at once: only the one whose insert wins prints a password.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Users users;
    private final PasswordEncoder encoder;
    private final IdentitySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    AdminBootstrap(Users users, PasswordEncoder encoder, IdentitySettings settings, AuditLog audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.find(ADMIN).isPresent()) {
            return;
        }
        boolean generated = settings.adminPassword() == null || settings.adminPassword().isBlank();
        String password = generated ? RandomPasswords.generate(22) : settings.adminPassword();
        var now = clock.instant();
        var admin = new UserAccount(ADMIN, "Administrator", EnumSet.of(Role.ADMIN), null, null, true, now, now, 0);
        if (!users.insert(admin, encoder.encode(password))) {
            return;
        }
        audit.record(Actor.system(), AuditActions.USER_CREATED, ADMIN, Map.of("roles", "[ADMIN]"));
        if (generated) {
            log.warn("\n================================================================\n"
                    + "  First start: user 'admin' was created with this password (shown only once):\n"
                    + "\n      {}\n\n"
                    + "  Change it after signing in, or set CREDIT_ADMIN_PASSWORD before the first start.\n"
                    + "================================================================", password);
        } else {
            log.info("First start: user 'admin' was created with the password from CREDIT_ADMIN_PASSWORD");
        }
    }

}
