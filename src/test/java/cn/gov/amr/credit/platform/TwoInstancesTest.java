package cn.gov.amr.credit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.gov.amr.credit.CreditPlatformApplication;
import cn.gov.amr.credit.shared.LegalTime;
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
 * towards one throttle, and a scheduled job whose trigger fires on both every second runs once per slot.
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
                "--credit.identity.admin-password=" + PASSWORD, "--credit.audit.head-cron=* * * * * *");
        String url = first.getBean(HikariDataSource.class).getJdbcUrl();
        second = new SpringApplicationBuilder(CreditPlatformApplication.class).run(
                "--server.port=0", "--credit.db.url=" + url, "--credit.db.user=postgres", "--credit.db.password=",
                "--credit.data-dir=" + dataDir.resolve("unused-by-the-second"),
                "--credit.identity.admin-password=ignored-because-admin-exists-1",
                "--credit.audit.head-cron=* * * * * *");
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
    void aScheduledJobFiringOnBothInstancesRunsOncePerSlot() throws Exception {
        var jdbc = first.getBean(JdbcClient.class);
        String today = LegalTime.today(java.time.Clock.systemUTC()).toString();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && runs(jdbc, today) == 0) {
            Thread.sleep(200);
        }
        Thread.sleep(3000);
        assertThat(runs(jdbc, today)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit.head_checkpoints").query(Long.class).single()).isEqualTo(1);

        var jobsOnSecond = second.getBean(ClusterJobs.class);
        assertThat(jobsOnSecond.runOnce("audit-head", today, () -> "must not run")).isFalse();
        String outcome = jdbc.sql("select outcome from platform.job_runs where job = 'audit-head' and slot = ?")
                .param(today).query(String.class).single();
        assertThat(outcome).startsWith("seq=");
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

    private static long runs(JdbcClient jdbc, String slot) {
        return jdbc.sql("select count(*) from platform.job_runs where job = 'audit-head' and slot = ?")
                .param(slot).query(Long.class).single();
    }
}
