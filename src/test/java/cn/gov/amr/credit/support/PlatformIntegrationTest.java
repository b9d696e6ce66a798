package cn.gov.amr.credit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole platform on a random port against a real embedded
 * PostgreSQL (one per test JVM: every subclass shares one application context). Client addresses
 * may be simulated with {@code X-Forwarded-For}, trusted from the loopback address only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "credit.embedded.durable=false",
        "credit.identity.admin-password=" + PlatformIntegrationTest.ADMIN_PASSWORD,
        "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1",
        "server.tomcat.remoteip.remote-ip-header=x-forwarded-for",
        "credit.disclosure.rate-limit.trusted-addresses=127.0.0.1,0:0:0:0:0:0:0:1",
        "credit.disclosure.bulk.scheduled=false",
        "credit.jobs.polling-interval=1s"})
public abstract class PlatformIntegrationTest {

    public static final String ADMIN_PASSWORD = "Admin-Test-Password-1";
    private static final Path DATA_DIR = createDataDir();

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("credit.data-dir", DATA_DIR::toString);
    }

    private static Path createDataDir() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected TestHttp http() {
        return new TestHttp("http://localhost:" + port);
    }
}
