package cn.gov.amr.credit.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.gov.amr.credit.CreditPlatformApplication;
import cn.gov.amr.credit.support.TestHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo city for tests that read it without changing it: the platform started once per test JVM with
 * {@code --demo} on a data directory of its own (beside the shared context of {@code PlatformIntegrationTest},
 * whose database the city would crowd), returned once health is UP, that is once every demo step has
 * finished (the city, the departments' files and last year's reports aggregated, the lists decided, the
 * register classified). Closed when the JVM ends. Tests must leave the city as they found it (counts,
 * classes); they may add users and keys of their own.
 */
public final class DemoCityPlatform {

    public static final String ADMIN_PASSWORD = "Demo-City-Admin-1";
    private static final Duration DEMO_TIMEOUT = Duration.ofMinutes(20);
    private static ConfigurableApplicationContext context;

    private DemoCityPlatform() {
    }

    /** The running demo platform, started at the first call (minutes: see docs/demo.md, "Timing"). */
    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = start();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "demo-city-close"));
        }
        return context;
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    /** A client of the demo platform, anonymous until given credentials. */
    public static TestHttp http() {
        return new TestHttp("http://localhost:" + context().getEnvironment().getProperty("local.server.port"));
    }

    /** A client authenticated as the demo platform's administrator (HTTP Basic). */
    public static TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private static ConfigurableApplicationContext start() {
        var started = new SpringApplicationBuilder(CreditPlatformApplication.class).run("--demo", "--server.port=0",
                "--credit.data-dir=" + dataDir(), "--credit.embedded.durable=false",
                "--credit.identity.admin-password=" + ADMIN_PASSWORD, "--credit.disclosure.bulk.scheduled=false",
                "--credit.disclosure.rate-limit.trusted-addresses=127.0.0.1,0:0:0:0:0:0:0:1");
        try {
            awaitUp(new TestHttp("http://localhost:" + started.getEnvironment().getProperty("local.server.port")));
            return started;
        } catch (RuntimeException | Error e) {
            started.close();
            throw e;
        }
    }

    /** Health is 503 while a step runs (OUT_OF_SERVICE) and when one failed (DOWN): the latter ends the wait. */
    private static void awaitUp(TestHttp http) {
        long deadline = System.nanoTime() + DEMO_TIMEOUT.toNanos();
        while (true) {
            var health = http.get("/actuator/health");
            if (health.statusCode() == 200) {
                return;
            }
            if (health.body().contains("\"DOWN\"")) {
                throw new AssertionError("a demo step failed (see the log): " + health.body());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo is not ready within " + DEMO_TIMEOUT + ": " + health.body());
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the demo", e);
            }
        }
    }

    private static Path dataDir() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "demo-city-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
