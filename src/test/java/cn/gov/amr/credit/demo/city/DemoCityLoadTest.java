package cn.gov.amr.credit.demo.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import cn.gov.amr.credit.CreditPlatformApplication;
import cn.gov.amr.credit.lists.ListCount;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.ListingQuery;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code --demo} loads the city once, at first start, with one officer per jurisdiction; a restart
 * with {@code --demo} loads nothing more, and what is there survives the restart. The platform reports
 * UP only once the demo's steps have finished (the city, the departments' files aggregated, last year's
 * annual reports aggregated, this year's listings decided, the register classified).
 */
class DemoCityLoadTest {

    private static final String PASSWORD = "Demo-Load-Admin-1";
    private static final Duration DEMO_TIMEOUT = Duration.ofMinutes(10);

    /** Starts the platform with --demo and waits until health says the demo's steps have finished. */
    private static ConfigurableApplicationContext start(Path dataDir) throws InterruptedException {
        var context = new SpringApplicationBuilder(CreditPlatformApplication.class).run("--demo", "--server.port=0",
                "--credit.data-dir=" + dataDir, "--credit.embedded.durable=false",
                "--credit.identity.admin-password=" + PASSWORD);
        var http = new TestHttp("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
        long deadline = System.nanoTime() + DEMO_TIMEOUT.toNanos();
        while (http.get("/actuator/health").statusCode() != 200) {
            assertThat(System.nanoTime()).as("the demo is ready within " + DEMO_TIMEOUT).isLessThan(deadline);
            Thread.sleep(500);
        }
        return context;
    }

    @Test
    void loadsTheCityOnceAndKeepsItAcrossRestarts() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "demo-load-");
        String someCode;
        long batches;
        try (var first = start(dataDir)) {
            var jdbc = first.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from registry.entities")).isEqualTo(80_000);
            assertThat(count(jdbc, "select count(*) from identity.users where username like 'officer-%'")).isEqualTo(10);
            assertThat(count(jdbc, "select count(*) from registry.entity_changes where change_kind = 'CREATED'"))
                    .isEqualTo(80_000);
            assertThat(count(jdbc, """
                    select count(*) from (select gram, count(*) as c from (select distinct e.code, substr(n.name, i, 3) as gram from registry.entities e, regexp_split_to_table(e.search_names, E'\\u0001') as n(name), generate_series(1, length(n.name) - 2) as i union select e.code, b from registry.entities e, unnest(e.name_bigrams) as b) grams group by gram) x
                    full join registry.name_gram_counts n on n.gram = x.gram
                    where coalesce(x.c, 0) <> coalesce(n.entities, 0)""")).as("bigram counts after the bulk load").isZero();
            batches = count(jdbc, "select count(*) from ingestion.batches");
            assertThat(batches).as("the departments' files and last year's annual reports").isBetween(37L, 40L);
            assertThat(count(jdbc, "select count(*) from ingestion.batches where status <> 'COMPLETED'"))
                    .as("batches not aggregated when the platform reports UP").isZero();
            assertThat(count(jdbc, "select count(*) from platform.event_publication where completion_date is null"))
                    .as("events not handled when the platform reports UP").isZero();
            assertThat(jdbc.sql("select name from demo.steps order by done_at").query(String.class).list())
                    .containsExactly("city", "department-files", "lists-reports", "lists", "classification");
            var lists = first.getBean(Lists.class).statistics(LegalTime.today(first.getBean(Clock.class)).getYear(), null);
            assertThat(lists.listings()).as("the seed's year: 401 enterprises and 220 individual businesses").isEqualTo(621);
            assertThat(lists.byKind()).extracting(ListCount::key, ListCount::listings)
                    .contains(tuple("ENTERPRISE", 401L), tuple("INDIVIDUAL_BUSINESS", 220L));
            var serious = first.getBean(Lists.class).search(new ListingQuery(ListKind.SERIOUS_DISHONEST, null, null,
                    null, null, null, null, 1, 10)).items();
            assertThat(serious).as("after the demo's heaviest penalties").hasSizeBetween(1, 3)
                    .allSatisfy(l -> assertThat(l.penaltyRecordId()).as("linked to its penalty record").isNotNull());
            someCode = jdbc.sql("select code from registry.entities order by code limit 1").query(String.class).single();
            var http = new TestHttp("http://localhost:" + first.getEnvironment().getProperty("local.server.port"))
                    .basic("admin", PASSWORD);
            var found = Json.parse(http.get("/api/v1/entities?q=%E7%91%9E%E6%98%8C&size=5").body());
            assertThat(found.get("total").asLong()).isPositive();
            assertThat(found.get("items").get(0).get("legalRepresentative").get("idNumber").asString()).contains("********");

            var officer = new TestHttp("http://localhost:" + first.getEnvironment().getProperty("local.server.port"));
            officer.signIn("admin", PASSWORD);
            assertThat(officer.get("/workbench/entities").body()).contains("共 80,000 户");
            var fragment = officer.get("/workbench/entities?q=%E8%B6%85%E5%B8%82");
            assertThat(fragment.body()).contains("超市</a>").doesNotContain("共 0 户");
        }
        try (var second = start(dataDir)) {
            var jdbc = second.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from registry.entities")).isEqualTo(80_000);
            assertThat(count(jdbc, "select count(*) from identity.users where username like 'officer-%'")).isEqualTo(10);
            var http = new TestHttp("http://localhost:" + second.getEnvironment().getProperty("local.server.port"))
                    .basic("admin", PASSWORD);
            assertThat(http.get("/api/v1/entities/" + someCode).statusCode()).isEqualTo(200);
            assertThat(count(jdbc, "select count(*) from ingestion.batches")).as("nothing sent again").isEqualTo(batches);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
