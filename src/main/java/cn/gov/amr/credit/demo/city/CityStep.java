package cn.gov.amr.credit.demo.city;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.amr.credit.demo.DemoStep;
import cn.gov.amr.credit.identity.NewUser;
import cn.gov.amr.credit.identity.RandomPasswords;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.registry.EntityBulkLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo step "city": the synthetic city (through the registry's bulk load) and one officer per
 * jurisdiction, with random passwords printed once, in the step's one transaction (an interrupted load
 * leaves nothing).
 */
@Component
class CityStep implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(CityStep.class);

    private final DemoSettings settings;
    private final EntityBulkLoad loader;
    private final UserAccounts accounts;
    private final Clock clock;
    /** What {@link #run()} made, for {@link #afterRun()} (same thread). */
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private int loaded;
    private long started;

    CityStep(DemoSettings settings, EntityBulkLoad loader, UserAccounts accounts, Clock clock) {
        this.settings = settings;
        this.loader = loader;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "city";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean run() {
        started = System.nanoTime();
        passwords.clear();
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var city = new SyntheticCity(settings.seed(), settings.entities(), now);
        loaded = loader.load(city.iterator());
        for (String jurisdiction : city.jurisdictions()) {
            String username = "officer-" + jurisdiction.toLowerCase().replace('_', '-');
            if (accounts.findOptional(username).isEmpty()) {
                String password = RandomPasswords.generate(16);
                accounts.create(new NewUser(username, "Officer " + jurisdiction, password, EnumSet.of(Role.OFFICER),
                        "AMR", jurisdiction));
                passwords.put(username, password);
            }
        }
        return true;
    }

    @Override
    public void afterRun() {
        loader.analyze();
        var table = new StringBuilder();
        passwords.forEach((user, password) -> table.append(String.format("%n      %-28s %s", user, password)));
        passwords.clear();
        log.info("Demo city loaded: {} entities (seed {}) in {} s", loaded, settings.seed(),
                Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        log.warn("\n================================================================\n"
                + "  Demo officers (one per jurisdiction), passwords shown only once:{}\n"
                + "================================================================", table);
    }
}
