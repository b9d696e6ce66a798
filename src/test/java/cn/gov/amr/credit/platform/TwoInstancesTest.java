package cn.gov.amr.credit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.gov.amr.credit.CreditPlatformApplication;
import cn.gov.amr.credit.support.TestHttp;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two stateless instances on one PostgreSQL (the first one's embedded server, used by the second as
 * an external database): a sign-in on one is valid on the other, sign-in failures on both count
 * towards one throttle, and a job due every second runs once per slot, on whichever instance picks it.
 */
class TwoInstancesTest {

    private static final String PASSWORD = "Two-Instances-Pass-1";
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBoth() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "two-instances-");
        // Command-line arguments, so that they win over application.yml.
        first = new SpringApplicationBuilder(CreditPlatformApplication.class).run(
                "--server.port=0", "--credit.data-dir=" + dataDir, "--credit.embedded.durable=false",
                "--credit.identity.admin-password=" + PASSWORD, "--credit.audit.head-cron=* * * * * *", "--credit.jobs.polling-interval=200ms");
        String url = first.getBean(HikariDataSource.class).getJdbcUrl();
        second = new SpringApplicationBuilder(CreditPlatformApplication.class).run(
                "--server.port=0", "--credit.db.url=" + url, "--credit.db.user=postgres", "--credit.db.password=",
                "--credit.data-dir=" + dataDir.resolve("unused-by-the-second"),
                "--credit.identity.admin-password=ignored-because-admin-exists-1",
                "--credit.audit.head-cron=* * * * * *", "--credit.jobs.polling-interval=200ms");
    }

    @AfterAll
    static void stopBoth() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static TestHttp http(ConfigurableApplicationContext instance) {
        return new TestHttp("http://localhost:" + instance.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void theSecondInstanceStartsNoDatabaseOfItsOwn() {
        String firstUrl = first.getBean(HikariDataSource.class).getJdbcUrl();
        assertThat(second.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(firstUrl);
    }

    @Test
    void aSignInOnOneInstanceIsValidOnTheOther() {
        var onFirst = http(first);
        assertThat(onFirst.signIn("admin", PASSWORD).statusCode()).isEqualTo(302);
        String session = onFirst.cookie("SESSION");
        var onSecond = http(second).cookie("SESSION", session);
        var workbench = onSecond.get("/workbench");
        assertThat(workbench.statusCode()).isEqualTo(200);
        assertThat(workbench.body()).contains("admin");
        assertThat(http(second).get("/workbench").statusCode()).as("without the cookie").isEqualTo(302);
    }

    @Test
    void aScheduledJobDueEverySecondOnBothInstancesRunsOncePerSlot() throws Exception {
        var jdbc = first.getBean(JdbcClient.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && runs(jdbc) < 3) {
            Thread.sleep(200);
        }
        assertThat(runs(jdbc)).as("runs of audit-head").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(distinct slot) from platform.job_runs where job = 'audit-head'")
                .query(Long.class).single()).as("one run per slot").isEqualTo(runs(jdbc));
        var outcomes = jdbc.sql("select outcome, summary from platform.job_runs where job = 'audit-head' "
                        + "and outcome <> 'RUNNING'")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).list();
        assertThat(outcomes).isNotEmpty().allMatch(outcome -> outcome.startsWith("SUCCEEDED seq="));
        assertThat(jdbc.sql("select count(*) from audit.head_checkpoints").query(Long.class).single())
                .as("one checkpoint per finished run").isGreaterThanOrEqualTo(outcomes.size());
    }

    @Test
    void signInFailuresOnBothInstancesCountTowardsOneThrottle() {
        var jdbc = first.getBean(JdbcClient.class);
        try {
            for (int i = 0; i < 20; i++) {
                var instance = i % 2 == 0 ? first : second;
                assertThat(http(instance).basic("nobody-" + i, "guess").get("/api/v1/me").statusCode()).isEqualTo(401);
            }
            assertThat(http(first).basic("admin", PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(429);
            assertThat(http(second).basic("admin", PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(429);
        } finally {
            // the other tests sign in from the same address
            jdbc.sql("delete from identity.sign_in_addresses").update();
        }
    }

    private static long runs(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from platform.job_runs where job = 'audit-head'").query(Long.class).single();
    }
}
