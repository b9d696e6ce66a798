package cn.gov.amr.credit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformProcesses;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged platform as an operator runs it: {@code java -jar} with no database installed and no
 * admin password set. It prints a generated password once, survives {@code kill -9} (the orphaned
 * PostgreSQL is stopped on the next start) with its data, and never logs passwords.
 */
class PlatformProcessIT {

    private static final Pattern GENERATED = Pattern.compile("\\(shown only once\\):\\s+(\\S+)");
    private static final String USER_PASSWORD = "Survives-Kill-9-Pass";

    private Process process;
    private Path dataDir;

    @AfterEach
    void stop() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
        if (dataDir != null) {
            stopPostmasterIfLeft(dataDir.resolve("pg"));
        }
    }

    @Test
    void survivesKillMinusNineWithItsDataAndPrintsTheGeneratedPasswordOnce() throws Exception {
        dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "process-it-");
        int port = PlatformProcesses.freePort();
        Path firstLog = dataDir.resolve("first.log");
        process = start(port, firstLog);
        PlatformProcesses.awaitHealthy(process, port, firstLog);

        var matcher = GENERATED.matcher(Files.readString(firstLog));
        assertThat(matcher.find()).as("generated admin password in the log").isTrue();
        String adminPassword = matcher.group(1);
        assertThat(adminPassword).hasSizeGreaterThanOrEqualTo(16);

        var admin = new TestHttp("http://localhost:" + port).basic("admin", adminPassword);
        var created = admin.postJson("/api/v1/users", """
                {"username":"survivor","displayName":"Survivor","password":"%s","roles":["REVIEWER"]}"""
                .formatted(USER_PASSWORD));
        assertThat(created.statusCode()).isEqualTo(201);

        process.destroyForcibly();
        process.waitFor();
        long orphan = Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("orphaned postmaster").contains(true);

        Path secondLog = dataDir.resolve("second.log");
        process = start(port, secondLog);
        PlatformProcesses.awaitHealthy(process, port, secondLog);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        var survivor = new TestHttp("http://localhost:" + port).basic("survivor", USER_PASSWORD).get("/api/v1/me");
        assertThat(survivor.statusCode()).isEqualTo(200);
        var verification = new TestHttp("http://localhost:" + port).basic("admin", adminPassword)
                .get("/api/v1/audit/verification");
        assertThat(Json.parse(verification.body()).get("intact").asBoolean()).isTrue();

        String first = Files.readString(firstLog);
        String second = Files.readString(secondLog);
        assertThat(count(first, adminPassword)).as("admin password printed exactly once").isEqualTo(1);
        assertThat(second).doesNotContain(adminPassword).doesNotContain("shown only once");
        assertThat(first + second).doesNotContain(USER_PASSWORD);
        assertThat(second).contains("Database: embedded PostgreSQL 17, data directory " + dataDir.resolve("pg"));

        process.destroy();
        assertThat(process.waitFor()).as("graceful exit code").isIn(0, 143);
        assertThat(dataDir.resolve("pg/postmaster.pid")).as("PostgreSQL stopped with the platform").doesNotExist();
    }

    private Process start(int port, Path log) throws IOException {
        String jar = System.getProperty("platform.jar", "target/credit-platform.jar");
        var builder = new ProcessBuilder(List.of(javaBinary(), "-jar", jar))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("CREDIT_ADMIN_PASSWORD");
        builder.environment().remove("CREDIT_DB_URL");
        builder.environment().put("CREDIT_DATA_DIR", dataDir.toString());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        return builder.start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }


    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }


    private static void stopPostmasterIfLeft(Path pg) throws IOException {
        File pid = pg.resolve("postmaster.pid").toFile();
        if (pid.exists()) {
            long value = Long.parseLong(Files.readAllLines(pid.toPath()).get(0).trim());
            ProcessHandle.of(value).ifPresent(ProcessHandle::destroy);
        }
    }
}
