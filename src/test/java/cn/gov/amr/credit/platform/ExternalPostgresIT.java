package cn.gov.amr.credit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformProcesses;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged platform against an external PostgreSQL, the oldest major it supports where the
 * machine has it (Debian's server package, installed by test.sh): a private cluster with password
 * authentication on a free port. Nothing embedded may start, and the schema must migrate there.
 */
class ExternalPostgresIT {

    private static final String DB_PASSWORD = "External-Db-Pass-9";
    private static final String ADMIN_PASSWORD = "External-Admin-Pass-9";

    private Path cluster;
    private Path bin;
    private Process platform;

    @AfterEach
    void stop() throws Exception {
        if (platform != null && platform.isAlive()) {
            platform.destroy();
            platform.waitFor();
        }
        if (cluster != null) {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-m", "fast", "stop"));
            try (Stream<Path> files = Files.walk(cluster)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Test
    void runsUnchangedOnAnExternalServerAndStartsNothingEmbedded() throws Exception {
        bin = debianPostgresBin();
        int dbPort = PlatformProcesses.freePort();
        cluster = Files.createTempDirectory("credit-external-pg-");
        Files.writeString(cluster.resolve("pw"), DB_PASSWORD);
        if (isRoot()) {
            run(List.of("chown", "-R", "postgres", cluster.toString()));
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", cluster.resolve("data").toString(), "-U", "postgres",
                "--auth=scram-sha-256", "--pwfile=" + cluster.resolve("pw"), "-E", "UTF8", "--locale=C"));
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-w", "-l",
                cluster.resolve("server.log").toString(), "-o",
                "-p " + dbPort + " -k " + cluster + " -c listen_addresses=127.0.0.1", "start"));

        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "external-it-");
        int port = PlatformProcesses.freePort();
        Path log = dataDir.resolve("platform.log");
        var builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("platform.jar", "target/credit-platform.jar")))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CREDIT_DB_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres");
        builder.environment().put("CREDIT_DB_USER", "postgres");
        builder.environment().put("CREDIT_DB_PASSWORD", DB_PASSWORD);
        builder.environment().put("CREDIT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("CREDIT_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        platform = builder.start();
        PlatformProcesses.awaitHealthy(platform, port, log);

        var admin = new TestHttp("http://localhost:" + port).basic("admin", ADMIN_PASSWORD);
        assertThat(admin.postJson("/api/v1/users", """
                {"username":"external-user","displayName":"x","password":"External-User-1","roles":["AUDITOR"]}""")
                .statusCode()).isEqualTo(201);
        assertThat(Json.parse(admin.get("/api/v1/audit/verification").body()).get("intact").asBoolean()).isTrue();

        String output = Files.readString(log);
        assertThat(output).contains("Database: external PostgreSQL at 127.0.0.1:" + dbPort + "/postgres")
                .doesNotContain("embedded PostgreSQL").doesNotContain(DB_PASSWORD).doesNotContain(ADMIN_PASSWORD);
        assertThat(dataDir.resolve("data/pg")).as("no embedded data directory").doesNotExist();
    }

    private static Path debianPostgresBin() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("Debian's PostgreSQL server is missing: run ./test.sh, which installs it");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> Integer.parseInt(p.getFileName().toString()) >= 15)
                    .min(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString())))
                    .map(p -> p.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL 15 or later under " + root));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a PostgreSQL tool; as root, as the {@code postgres} user (initdb refuses root). */
    private static void run(List<String> command) throws Exception {
        var full = new ArrayList<String>();
        if (isRoot() && !command.get(0).equals("chown")) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        var process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
        }
    }


}
