package cn.gov.amr.credit.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformProcesses;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The packaged platform is killed with {@code kill -9} in the middle of a large department file and
 * started again on the same data directory: the batch is either run again to completion or, once
 * it has used up its attempts, marked FAILED with its file kept and nothing applied, and can then be
 * retried. Either way no record is lost and none is applied twice. The first batch is killed right
 * after its first chunk, the second one late (at least three quarters staged, possibly while applying).
 *
 * <p>Besides the API, the test reads the embedded PostgreSQL of the child process directly (its
 * port is in the log; trust authentication on loopback) to count the department's records.
 */
class BatchCrashIT {

    private static final String ADMIN_PASSWORD = "Batch-Crash-Admin-Pass-7";
    private static final Pattern DB_PORT = Pattern.compile("Database: embedded PostgreSQL \\d+, data directory .*?, port (\\d+)");
    /**
     * Enough rows that processing takes several seconds after the first progress report (which comes
     * after the first chunk of 5,000 rows), so that the kill lands well before the batch's commit.
     */
    private static final int ROWS = 40_000;
    /** Rows per progress report ({@code credit.ingestion.chunk-rows}). */
    private static final int CHUNK = 5_000;
    private static final int ENTITIES = 2_000;
    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(150);

    private Process process;
    private Path dataDir;
    private Path log;
    private int port;
    private int dbPort;
    private int starts;
    private TestHttp admin;

    @AfterEach
    void stop() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
        if (dataDir != null) {
            Path pid = dataDir.resolve("pg/postmaster.pid");
            if (Files.exists(pid)) {
                long value = Long.parseLong(Files.readAllLines(pid).get(0).trim());
                var postmaster = ProcessHandle.of(value);
                postmaster.ifPresent(ProcessHandle::destroy);
                postmaster.ifPresent(p -> p.onExit().join());
            }
            deleteRecursively(dataDir.resolve("pg"));
        }
    }

    @Test
    void killMinusNineMidBatchLosesNothingAndDoublesNothing() throws Exception {
        dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "batch-crash-it-");
        port = PlatformProcesses.freePort();
        start();
        admin = new TestHttp("http://localhost:" + port).basic("admin", ADMIN_PASSWORD);
        List<String[]> entities = enterprises(ENTITIES);

        // 1. Interrupted with attempts left: run again after the restart, applied exactly once.
        String[] first = department("处罚测试一局");
        byte[] firstFile = penalties(entities, 0, ROWS);
        long firstBatch = submit(first[1], firstFile);
        JsonNode running = awaitRunningWithProgress(firstBatch, 1);
        killAndCheckNothingCommitted(Long.parseLong(first[0]), firstBatch);

        start();
        var seen = awaitCompletedApplyingAtOnce(Long.parseLong(first[0]), firstBatch);
        JsonNode done = batch(firstBatch);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("attempts").asInt()).as("run again after the crash").isEqualTo(2);
        assertThat(done.get("rows").asInt()).isEqualTo(ROWS);
        assertThat(done.get("accepted").asInt()).isEqualTo(ROWS);
        assertThat(done.get("duplicates").asInt()).isZero();
        assertThat(done.get("quarantined").asInt()).isZero();
        assertThat(done.get("errorCount").asInt()).isZero();
        assertNoErrors(firstBatch);
        assertRecords(Long.parseLong(first[0]), ROWS, firstBatch);
        assertThat(batchIdsOf(Long.parseLong(first[0]))).containsExactly(firstBatch);

        long resent = submit(first[1], firstFile);
        JsonNode again = awaitFinished(resent);
        assertThat(again.get("status").asString()).as(again.toString()).isEqualTo("COMPLETED");
        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(ROWS);
        assertThat(again.get("quarantined").asInt()).isZero();
        assertRecords(Long.parseLong(first[0]), ROWS, firstBatch);
        System.out.printf("BatchCrashIT phase 1: killed batch %d at %s; after the restart saw (status=looks) %s%n", firstBatch,
                summary(running), seen);

        // 2. Interrupted with no attempt left: FAILED (INTERRUPTED), nothing applied, file kept, retry completes.
        // Whether a batch is run again is decided by the instance that recovers it, so only the restart
        // needs max-attempts=1 (this saves a fourth start).
        String[] second = department("处罚测试二局");
        byte[] secondFile = penalties(entities, ROWS, ROWS);
        long secondBatch = submit(second[1], secondFile);
        running = awaitRunningWithProgress(secondBatch, ROWS - 2 * CHUNK);
        killAndCheckNothingCommitted(Long.parseLong(second[0]), secondBatch);

        start("--credit.ingestion.max-attempts=1");
        JsonNode failed = awaitFinished(secondBatch);
        assertThat(failed.get("status").asString()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("failureCode").asString()).isEqualTo("INTERRUPTED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("accepted").asInt()).isZero();
        assertThat(failed.get("duplicates").asInt()).isZero();
        assertThat(failed.get("errorCount").asInt()).isZero();
        assertThat(failed.get("finishedAt").isNull()).isFalse();
        assertThat(countRecords(Long.parseLong(second[0]))).as("nothing applied").isZero();
        assertThat(query("select count(*) from ingestion.quarantine where batch_id = ?", secondBatch)).isZero();
        assertThat(query("select octet_length(content) from ingestion.batch_files where batch_id = ?", secondBatch))
                .as("file kept").isEqualTo(secondFile.length);

        var retried = admin.postJson("/api/v1/ingest/batches/" + secondBatch + "/retry", null);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
        JsonNode rerun = awaitFinished(secondBatch);
        assertThat(rerun.get("status").asString()).as(rerun.toString()).isEqualTo("COMPLETED");
        assertThat(rerun.get("rows").asInt()).isEqualTo(ROWS);
        assertThat(rerun.get("accepted").asInt()).isEqualTo(ROWS);
        assertThat(rerun.get("duplicates").asInt()).isZero();
        assertThat(rerun.get("quarantined").asInt()).isZero();
        assertThat(rerun.get("failureCode").isNull()).isTrue();
        assertNoErrors(secondBatch);
        assertRecords(Long.parseLong(second[0]), ROWS, secondBatch);
        assertThat(batchIdsOf(Long.parseLong(second[0]))).containsExactly(secondBatch);
        assertRecords(Long.parseLong(first[0]), ROWS, firstBatch);
        System.out.printf("BatchCrashIT phase 2: killed batch %d at %s; FAILED then retried to completion%n",
                secondBatch, summary(running));

        creditFileCheck(entities.get(0)[0], Long.parseLong(first[0]), Long.parseLong(second[0]));
    }

    // --- the platform process -------------------------------------------------------------------

    private void start(String... extra) throws Exception {
        starts++;
        log = dataDir.resolve("start-" + starts + ".log");
        String jar = System.getProperty("platform.jar", "target/credit-platform.jar");
        var command = new ArrayList<>(List.of(javaBinary(), "-jar", jar, "--demo",
                "--credit.registry.demo-entities=20000", "--credit.ingestion.demo-records=false"));
        command.addAll(List.of(extra));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("CREDIT_DB_URL");
        builder.environment().put("CREDIT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("CREDIT_DATA_DIR", dataDir.toString());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        process = builder.start();
        PlatformProcesses.awaitHealthy(process, port, log);
        var matcher = DB_PORT.matcher(Files.readString(log));
        assertThat(matcher.find()).as("database port in the log").isTrue();
        dbPort = Integer.parseInt(matcher.group(1));
    }

    /** kill -9; the orphaned PostgreSQL still answers, and has nothing of the batch committed. */
    private void killAndCheckNothingCommitted(long department, long batch) throws Exception {
        process.destroyForcibly();
        process.waitFor();
        assertThat(countRecords(department)).as("records committed before the kill").isZero();
        String status;
        try (Connection db = db(); var statement = db.prepareStatement("select status from ingestion.batches where id = ?")) {
            statement.setLong(1, batch);
            try (var result = statement.executeQuery()) {
                result.next();
                status = result.getString(1);
            }
        }
        assertThat(status).as("batch status at the kill").isEqualTo("RUNNING");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // --- the API ----------------------------------------------------------------------------------

    /** Enterprises of the demo city with a valid code: {code, name}. */
    private List<String[]> enterprises(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            var response = admin.get("/api/v1/entities?kind=ENTERPRISE&size=1");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            if (Json.parse(response.body()).get("total").asLong() >= 2L * count) {
                break;
            }
            assertThat(System.nanoTime()).as("demo city loaded").isLessThan(deadline);
            Thread.sleep(500);
        }
        var found = new ArrayList<String[]>();
        Set<String> codes = new LinkedHashSet<>();
        for (int page = 1; found.size() < count && page <= count / 50; page++) {
            var response = admin.get("/api/v1/entities?kind=ENTERPRISE&size=100&page=" + page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode items = Json.parse(response.body()).get("items");
            if (items.isEmpty()) {
                break;
            }
            for (JsonNode item : items) {
                String code = item.get("code").asString();
                if (!item.get("reviewFlag").asBoolean() && codes.add(code) && found.size() < count) {
                    found.add(new String[] {code, item.get("name").asString()});
                }
            }
        }
        assertThat(found).as("demo enterprises").hasSize(count);
        return found;
    }

    /** A department allowed to send penalties: {id, apiKey}. */
    private String[] department(String name) {
        var response = admin.postJson("/api/v1/departments", """
                {"name":"%s","code":"%s","recordKinds":["PENALTY"]}""".formatted(name, governmentCode()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode json = Json.parse(response.body());
        return new String[] {json.get("id").asString(), json.get("apiKey").asString()};
    }

    private long submit(String apiKey, byte[] file) {
        var response = new TestHttp("http://localhost:" + port).apiKey(apiKey)
                .postFile("/api/v1/ingest/batches", Map.of("kind", "PENALTY"), "penalties.csv", file);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Json.parse(response.body()).get("id").asLong();
    }

    private JsonNode batch(long id) {
        HttpResponse<String> response = admin.get("/api/v1/ingest/batches/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private List<Long> batchIdsOf(long department) {
        var response = admin.get("/api/v1/ingest/batches?size=100&department=" + department);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var ids = new ArrayList<Long>();
        Json.parse(response.body()).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids.stream().sorted().toList();
    }

    private void assertNoErrors(long id) {
        var response = admin.get("/api/v1/ingest/batches/" + id + "/errors?size=1000");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode page = Json.parse(response.body());
        assertThat(page.get("total").asInt()).isZero();
        assertThat(page.get("items").isEmpty()).isTrue();
    }

    /** RUNNING with at least {@code rows} rows counted (so far staged, not applied): the moment to kill. */
    private JsonNode awaitRunningWithProgress(long id, int rows) throws Exception {
        long deadline = System.nanoTime() + BATCH_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode batch = batch(id);
            String status = batch.get("status").asString();
            assertThat(status).as("batch %d before the kill: %s", id, batch).isIn("QUEUED", "RUNNING");
            if (status.equals("RUNNING") && batch.get("rows").asInt() >= rows) {
                assertThat(batch.get("rows").asInt()).isLessThanOrEqualTo(ROWS);
                assertThat(batch.get("progress").asDouble()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
                assertThat(batch.get("accepted").asInt()).isZero();
                return batch;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("batch " + id + " never showed progress:\n" + tail());
    }

    private JsonNode awaitFinished(long id) throws Exception {
        long deadline = System.nanoTime() + BATCH_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode batch = batch(id);
            String status = batch.get("status").asString();
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return batch;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + id + " did not finish: " + batch(id) + "\n" + tail());
    }

    /**
     * Waits for the interrupted batch to complete, checking at every look that the department has no
     * record before the batch is COMPLETED (counted first, so a count taken while the batch was not
     * yet COMPLETED must be zero). Returns how often each status was seen.
     */
    private Map<String, Integer> awaitCompletedApplyingAtOnce(long department, long id) throws Exception {
        var seen = new LinkedHashMap<String, Integer>();
        long deadline = System.nanoTime() + BATCH_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            int records = countRecords(department);
            JsonNode batch = batch(id);
            String status = batch.get("status").asString();
            seen.merge(status, 1, Integer::sum);
            if (status.equals("COMPLETED")) {
                return seen;
            }
            assertThat(status).as("batch %d after the restart: %s\n%s", id, batch, tail()).isIn("RUNNING", "QUEUED");
            assertThat(records).as("records of batch %d while it is %s", id, status).isZero();
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + id + " did not complete after the restart: " + batch(id) + "\n" + tail());
    }

    /** The credit file, when there is one (later modules); skipped while it answers 404. */
    private void creditFileCheck(String code, long... departments) {
        var response = admin.get("/api/v1/entities/" + code + "/credit-file");
        if (response.statusCode() == 404) {
            System.out.println("BatchCrashIT: no credit-file endpoint yet; check skipped");
            return;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // Rows go round-robin over the entities: each has ROWS / ENTITIES penalties from each department.
        var ours = new ArrayList<String>();
        for (JsonNode record : Json.parse(response.body()).get("records")) {
            JsonNode department = record.get("departmentId");
            if (department != null && Arrays.stream(departments).anyMatch(d -> d == department.asLong())) {
                ours.add(record.get("documentNumber") == null ? record.toString() : record.get("documentNumber").asString());
                if (record.get("version") != null) {
                    assertThat(record.get("version").asInt()).as(record.toString()).isEqualTo(1);
                }
            }
        }
        assertThat(ours).as("penalties of ours in the credit file of " + code)
                .doesNotHaveDuplicates().hasSize(departments.length * ROWS / ENTITIES);
        System.out.printf("BatchCrashIT: credit file of %s holds %d penalties of ours, each once%n", code, ours.size());
    }

    // --- the database of the child process ----------------------------------------------------------

    private Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "");
    }

    private int query(String sql, long parameter) throws SQLException {
        try (Connection db = db(); var statement = db.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getInt(1) : -1;
            }
        }
    }

    private int countRecords(long department) throws SQLException {
        return query("select count(*) from ingestion.records where department_id = ?", department);
    }

    /** Exactly {@code expected} records, all current first versions with distinct keys, all from {@code batch}. */
    private void assertRecords(long department, int expected, long batch) throws SQLException {
        try (Connection db = db(); var statement = db.prepareStatement("""
                select count(*), count(*) filter (where current), count(distinct natural_key),
                       count(*) filter (where version = 1), count(*) filter (where batch_id = ?),
                       count(distinct row_number)
                from ingestion.records where department_id = ?""")) {
            statement.setLong(1, batch);
            statement.setLong(2, department);
            try (var result = statement.executeQuery()) {
                result.next();
                assertThat(List.of(result.getInt(1), result.getInt(2), result.getInt(3), result.getInt(4),
                        result.getInt(5), result.getInt(6)))
                        .as("records, current, distinct keys, first versions, of batch %d, distinct rows", batch)
                        .containsOnly(expected);
            }
        }
        assertThat(query("select count(*) from ingestion.quarantine where batch_id = ?", batch)).isZero();
    }

    // --- test data ---------------------------------------------------------------------------------

    /**
     * Penalties of the national format, headed by the national labels, {@code count} rows with the
     * document numbers {@code from + 1 …} (in 2022 for the first file, 2023 for the second), spread
     * round-robin over the entities.
     */
    private static byte[] penalties(List<String[]> entities, int from, int count) {
        String authorityCode = governmentCode();
        String year = from == 0 ? "2022" : "2023";
        var out = new StringBuilder(count * 200);
        out.append("行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,"
                + "处罚内容,罚款金额（万元）,处罚决定日期,处罚有效期,处罚机关,处罚机关统一社会信用代码,数据来源单位,"
                + "数据来源单位统一社会信用代码\r\n");
        for (int i = 0; i < count; i++) {
            String[] entity = entities.get(i % entities.size());
            csv(out, entity[1]).append(",法人及非法人组织,").append(entity[0]).append(",瑞市监罚〔").append(year)
                    .append("〕").append(from + i + 1).append("号,未公示年报,未公示,条例第十八条,警告;罚款,警告罚款,0.5,")
                    .append("2022-03-15,2025-03-14,瑞昌市监局,").append(authorityCode).append(",瑞昌市监局,")
                    .append(authorityCode).append("\r\n");
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).as("file size").isLessThan(50 * 1024 * 1024);
        return bytes;
    }

    private static StringBuilder csv(StringBuilder out, String value) {
        return out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /** A valid credit code of a government body ({@code 11}) of region 360481, organisation code valid too. */
    private static String governmentCode() {
        String first8 = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String first17 = "11360481" + first8 + OrganisationCode.checkCharacterFor(first8);
        return first17 + CreditCode.checkCharacterFor(first17);
    }

    // --- misc -------------------------------------------------------------------------------------

    private static String summary(JsonNode batch) {
        var values = new LinkedHashMap<String, Object>();
        for (String field : List.of("status", "attempts", "rows", "progress")) {
            values.put(field, batch.get(field));
        }
        return values.toString();
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
