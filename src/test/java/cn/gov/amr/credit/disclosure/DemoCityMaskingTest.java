package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import cn.gov.amr.credit.CreditPlatformApplication;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.ingestion.schema.RecordField;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.shared.ResidentIdNumber;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.TestHttp;
import cn.gov.amr.credit.support.Zips;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The masking scan over the demo city (issue 5): every full personal ID number the platform holds (legal
 * representatives in the registry, ID fields of aggregated records) is looked for in the whole public
 * bulk file, the whole change feed, and the search results, report JSON and report page of a seeded
 * random sample of 2,000 entities (half of them with records). None may appear.
 */
class DemoCityMaskingTest {

    private static final String PASSWORD = "Demo-Masking-Admin-1";
    private static final int SAMPLE = 2_000;
    /** Concurrent clients for the sample's requests. */
    private static final int CLIENTS = 4;
    private static final Duration INGESTION_TIMEOUT = Duration.ofMinutes(5);

    @Test
    void noFullIdNumberOfTheDataAppearsOnAnyPublicSurface() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "demo-masking-");
        try (var app = new SpringApplicationBuilder(CreditPlatformApplication.class).run("--demo", "--server.port=0",
                "--credit.data-dir=" + dataDir, "--credit.embedded.durable=false",
                "--credit.identity.admin-password=" + PASSWORD, "--credit.disclosure.bulk.scheduled=false",
                "--credit.disclosure.rate-limit.trusted-addresses=127.0.0.1,0:0:0:0:0:0:0:1")) {
            var jdbc = app.getBean(JdbcClient.class);
            awaitDemoRecords(jdbc);
            var idNumbers = idNumbers(jdbc);
            assertThat(idNumbers).as("personal ID numbers held").hasSizeGreaterThan(10_000);
            var scanner = new Scanner(idNumbers);
            String someId = idNumbers.iterator().next();
            assertThat(scanner.leaks("文本" + someId + "。")).as("the scanner finds a full number").contains(someId);

            var base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            var admin = new TestHttp(base).basic("admin", PASSWORD);
            var anonymous = new TestHttp(base);
            // writing the 80,000 entities' files can take longer than 30 s on a busy machine
            var generated = admin.timeout(Duration.ofMinutes(5)).postJson("/api/v1/bulk-files", null);
            assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
            var bulk = anonymous.getBytes(Json.parse(generated.body()).get("url").asString());
            assertThat(bulk.statusCode()).isEqualTo(200);
            var files = Zips.texts(bulk.body());
            assertThat(files.get("entities.csv").lines().count()).isEqualTo(80_001);
            files.forEach((name, text) -> assertThat(scanner.leaks(text)).as("bulk file " + name).isEmpty());

            var feed = FeedPages.drain(anonymous, "",
                    page -> assertThat(scanner.leaks(page)).as("change feed page").isEmpty());
            long feedItems = feed.items().size();
            assertThat(feedItems).as("feed entries").isPositive();

            var pool = java.util.concurrent.Executors.newFixedThreadPool(CLIENTS);
            try {
                var checks = new ArrayList<java.util.concurrent.Future<?>>();
                for (String[] entity : sample(jdbc)) {
                    checks.add(pool.submit(() -> scanEntity(new TestHttp(base), scanner, entity[0], entity[1])));
                }
                for (var check : checks) {
                    check.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The entity found by its code and by the start of its name, its report (JSON) and its report page. */
    private static void scanEntity(TestHttp anonymous, Scanner scanner, String code, String name) {
        for (String path : List.of("/api/v1/public/entities?q=" + code,
                "/api/v1/public/entities?q=" + encode(name.substring(0, Math.min(4, name.length()))),
                "/api/v1/public/entities/" + code, "/report/" + code)) {
            var response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(scanner.leaks(response.body())).as(path).isEmpty();
        }
    }

    private static void awaitDemoRecords(JdbcClient jdbc) throws InterruptedException {
        Instant deadline = Instant.now().plus(INGESTION_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            long batches = jdbc.sql("select count(*) from ingestion.batches").query(Long.class).single();
            long open = jdbc.sql("select count(*) from ingestion.batches where status not in ('COMPLETED', 'FAILED')")
                    .query(Long.class).single();
            if (batches > 0 && open == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo records were not ingested within " + INGESTION_TIMEOUT);
    }

    /** Every full personal ID number held: legal representatives', and the ID fields of every record version. */
    private static Set<String> idNumbers(JdbcClient jdbc) {
        // an ID number that also passes the credit code's check (about 1 in 31) is still an ID number
        var ids = new HashSet<String>(jdbc.sql("select legal_rep_id_number from registry.entities"
                + " where legal_rep_id_number is not null").query(String.class).list());
        for (RecordKind kind : RecordKind.values()) {
            for (RecordField field : KindSchema.of(kind).fields()) {
                if (field.personal()) {
                    jdbc.sql("select distinct payload->>? from ingestion.records where kind = ? and payload->>? is not null")
                            .params(field.name(), kind.name(), field.name()).query(String.class).list().stream()
                            .map(String::strip)
                            .filter(v -> v.length() >= 15 && !OrganisationCode.check(v).valid()
                                    && (ResidentIdNumber.check(v).valid() || !CreditCode.check(v).valid()))
                            .forEach(ids::add);
                }
            }
        }
        return ids;
    }

    /** Half entities with records (most likely to carry personal data), half any, seeded. */
    private static List<String[]> sample(JdbcClient jdbc) {
        var random = new Random(20261126L);
        var withRecords = jdbc.sql("select distinct r.entity_code, e.name from ingestion.records r"
                + " join registry.entities e on e.code = r.entity_code order by 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        var all = jdbc.sql("select code, name from registry.entities order by code")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        var chosen = new ArrayList<String[]>();
        var codes = new TreeSet<String>();
        while (chosen.size() < SAMPLE) {
            var pool = chosen.size() % 2 == 0 ? withRecords : all;
            var entity = pool.get(random.nextInt(pool.size()));
            if (codes.add(entity[0])) {
                chosen.add(entity);
            }
        }
        return chosen;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Finds any of a set of numbers in text: every window of their lengths in each run of letters and digits. */
    private static final class Scanner {
        private final Set<String> numbers;
        private final Set<Integer> lengths = new TreeSet<>();

        Scanner(Set<String> numbers) {
            this.numbers = numbers;
            numbers.forEach(n -> lengths.add(n.length()));
        }

        List<String> leaks(String text) {
            var found = new ArrayList<String>();
            int i = 0;
            while (i < text.length()) {
                if (!isAlnum(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && isAlnum(text.charAt(i))) {
                    i++;
                }
                for (int length : lengths) {
                    for (int from = start; from + length <= i; from++) {
                        String window = text.substring(from, from + length);
                        if (numbers.contains(window)) {
                            found.add(window);
                        }
                    }
                }
            }
            return found;
        }

        private static boolean isAlnum(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }
    }
}
