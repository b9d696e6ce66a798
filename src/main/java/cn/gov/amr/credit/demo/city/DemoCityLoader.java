package cn.gov.amr.credit.demo.city;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;

import cn.gov.amr.credit.identity.NewUser;
import cn.gov.amr.credit.identity.RandomPasswords;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.demo.DemoSettings;
import cn.gov.amr.credit.registry.EntityBulkLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --demo} (an argument of the application itself): at first start, loads the synthetic city
 * and one officer per jurisdiction, with random passwords printed once; later starts load nothing.
 * The load is one transaction that also records that it happened, so an interrupted load leaves
 * nothing and two instances starting at once load the city once.
 */
@Component
@Order(100)
class DemoCityLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);

    private final DemoSettings settings;
    private final EntityBulkLoad loader;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoCityLoader(DemoSettings settings, EntityBulkLoad loader, UserAccounts accounts, JdbcClient jdbc,
                   TransactionTemplate transactions, Clock clock) {
        this.settings = settings;
        this.loader = loader;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("demo")) {
            loadOnce();
        }
    }

    void loadOnce() {
        long started = System.nanoTime();
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var city = new SyntheticCity(settings.seed(), settings.entities(), now);
        var passwords = new LinkedHashMap<String, String>();
        Integer loaded = transactions.execute(status -> {
            int claimed = jdbc.sql("insert into demo.steps (name, done_at) values ('city', ?) on conflict (name) do nothing")
                    .params(Timestamp.from(now)).update();
            if (claimed == 0) {
                return null;
            }
            int count = loader.load(city.iterator());
            for (String jurisdiction : city.jurisdictions()) {
                String username = "officer-" + jurisdiction.toLowerCase().replace('_', '-');
                if (accounts.findOptional(username).isEmpty()) {
                    String password = RandomPasswords.generate(16);
                    accounts.create(new NewUser(username, "Officer " + jurisdiction, password, EnumSet.of(Role.OFFICER),
                            "AMR", jurisdiction));
                    passwords.put(username, password);
                }
            }
            return count;
        });
        if (loaded == null) {
            log.info("Demo city already loaded at an earlier start; nothing to load");
            return;
        }
        loader.analyze();
        var table = new StringBuilder();
        passwords.forEach((user, password) -> table.append(String.format("%n      %-28s %s", user, password)));
        log.info("Demo city loaded: {} entities (seed {}) in {} s", loaded, settings.seed(),
                Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        log.warn("\n================================================================\n"
                + "  Demo officers (one per jurisdiction), passwords shown only once:{}\n"
                + "================================================================", table);
    }

}
