package cn.gov.amr.credit.lists;

import static cn.gov.amr.credit.lists.ListsTestData.abnormal;
import static cn.gov.amr.credit.lists.ListsTestData.created;
import static cn.gov.amr.credit.lists.ListsTestData.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The daily job and the lists' listeners on the real database (today is the real date, after 30 June: the
 * 2025 reports are due): non-filers' proposals, idempotence, the three-year moves and expiries, automatic
 * removal on deregistration, inspection results that lead to listing.
 */
class DailyListsTest extends PlatformIntegrationTest {

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private JsonNode openProposals(TestHttp admin, String code) {
        return Json.parse(admin.get("/api/v1/lists/proposals?status=OPEN&code=" + code).body()).get("items");
    }

    private JsonNode run(TestHttp admin) {
        var response = admin.postJson("/api/v1/jobs/daily-lists/run", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    @Test
    void theDailyRunProposesNonFilersOnceAndASecondRunChangesNothing() {
        var admin = admin();
        // the report year now due (2025 until 30 June 2027), whatever day the suite runs
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.isAfter(LocalDate.of(today.getYear(), 6, 30)) ? today.getYear() - 1 : today.getYear() - 2;
        String filer = entity(admin, "ENTERPRISE", "PENCHENG", "2018-01-01");
        String nonFiler = entity(admin, "ENTERPRISE", "PENCHENG", "2020-05-01");
        String individual = entity(admin, "INDIVIDUAL_BUSINESS", "PENCHENG", "2020-05-01");
        String young = entity(admin, "ENTERPRISE", "PENCHENG", (year + 1) + "-02-01");
        var filing = new LinkedHashMap<String, Object>(Map.of("code", filer, "reportYear", year,
                "filedOn", (year + 1) + "-05-20"));
        assertThat(admin.postJson("/api/v1/lists/annual-reports/filings", RegistryTestData.json(filing)).statusCode())
                .isEqualTo(204);

        JsonNode first = run(admin);
        assertThat(first.get("proposalsRaised").asInt()).isPositive();
        JsonNode proposal = openProposals(admin, nonFiler).get(0);
        assertThat(proposal.get("list").asString()).isEqualTo("ABNORMAL");
        assertThat(proposal.get("ground").asString()).isEqualTo("ANNUAL_REPORT_NOT_FILED");
        assertThat(proposal.get("source").asString()).isEqualTo("ANNUAL_REPORT");
        assertThat(proposal.get("aroseOn").asString()).isEqualTo((year + 1) + "-07-01");
        if (year == 2025) {
            assertThat(proposal.get("dueOn").asString()).as("10 working days after 1 July 2026").isEqualTo("2026-07-15");
        }
        assertThat(proposal.get("overdue").asBoolean()).isTrue();
        assertThat(openProposals(admin, individual).get(0).get("list").asString()).isEqualTo("ABNORMAL_STATE");
        assertThat(openProposals(admin, filer)).isEmpty();
        assertThat(openProposals(admin, young)).isEmpty();

        JsonNode second = run(admin);
        assertThat(second.get("proposalsRaised").asInt()).isZero();
        assertThat(second.get("removed").asInt()).isZero();
        assertThat(openProposals(admin, nonFiler)).hasSize(1);

        // deciding the proposal closes it
        created(admin, "/api/v1/lists/abnormal", abnormal(nonFiler, "ANNUAL_REPORT_NOT_FILED", (year + 1) + "-07-08",
                "瑞市监异列〔" + (year + 1) + "〕70号"));
        assertThat(openProposals(admin, nonFiler)).isEmpty();
    }

    @Test
    void threeYearsOnTheAbnormalListRaiseAMoveAndASeriousListingEndsByItselfAfterThree() {
        var admin = admin();
        String code = entity(admin, "ENTERPRISE", "PENCHENG", "2012-01-01");
        long abnormal = created(admin, "/api/v1/lists/abnormal", abnormal(code, "ADDRESS_UNREACHABLE", "2023-05-10", "瑞市监异列〔2023〕71号"));
        var heavy = new LinkedHashMap<String, Object>();
        heavy.put("code", code);
        heavy.put("field", "QUALITY_SPECIAL_EQUIPMENT");
        heavy.put("decidedOn", "2023-02-06");
        heavy.put("documentNumber", "瑞市监严列〔2023〕3号");
        heavy.put("authority", "瑞昌市市场监督管理局");
        heavy.put("penaltyDocumentNumber", "瑞市监罚〔2022〕31号");
        long serious = created(admin, "/api/v1/lists/serious-dishonest", heavy);

        JsonNode result = run(admin);
        assertThat(result.get("removed").asInt()).isPositive();
        JsonNode expired = Json.parse(admin.get("/api/v1/lists/serious-dishonest/" + serious).body());
        assertThat(expired.get("removal").get("kind").asString()).isEqualTo("EXPIRY");
        assertThat(expired.get("removal").get("decidedOn").asString()).isEqualTo("2026-02-06");
        JsonNode move = openProposals(admin, code).get(0);
        assertThat(move.get("list").asString()).isEqualTo("SERIOUS_DISHONEST");
        assertThat(move.get("ground").asString()).isEqualTo("ABNORMAL_LIST_THREE_YEARS");
        assertThat(move.get("listingId").asLong()).isEqualTo(abnormal);
        assertThat(move.get("aroseOn").asString()).isEqualTo("2026-05-10");
        // Sun 10 May 2026: 11–15, 18–22 → the tenth working day is Fri 22 May
        assertThat(move.get("dueOn").asString()).isEqualTo("2026-05-22");
        assertThat(jdbc.sql("select count(*) from audit.entries where action = 'LIST_REMOVAL_DECIDED' and target = ?"
                + " and actor = 'system'").param(code).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void deregistrationRemovesTheEntitysListingsWithinASecond() {
        var admin = admin();
        String code = entity(admin, "ENTERPRISE", "PENCHENG", "2015-06-01");
        long id = created(admin, "/api/v1/lists/abnormal", abnormal(code, "ADDRESS_UNREACHABLE", "2026-03-02", "瑞市监异列〔2026〕72号"));
        ListsTestData.deregister(admin, code, "ENTERPRISE", "PENCHENG");
        Instant until = Instant.now().plus(Duration.ofSeconds(1));
        JsonNode listing;
        do {
            listing = Json.parse(admin.get("/api/v1/lists/abnormal/" + id).body());
        } while (listing.get("removal").isNull() && Instant.now().isBefore(until));
        assertThat(listing.get("removal").get("kind").asString()).isEqualTo("DEREGISTRATION");
    }

    @Test
    void anInspectionFindingTheAddressUnreachableProposesAListingWithinASecond() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "INSPECTION");
        String code = entity(admin, "ENTERPRISE", "PENCHENG", "2015-06-01");
        var row = new LinkedHashMap<String, String>();
        row.put("partyName", "被检查企业");
        row.put("creditCode", code);
        row.put("taskNumber", "瑞市监抽查〔2026〕3号-" + code.substring(10));
        row.put("inspectionType", "双随机");
        row.put("inspectionDate", "2026-11-20");
        row.put("authority", "瑞昌市市场监督管理局");
        row.put("results", "通过登记的住所（经营场所）无法联系");
        JsonNode batch = IngestionTestData.pushAndAwait(http().apiKey(department[1]), "INSPECTION", List.of(row));
        assertThat(batch.get("accepted").asInt()).as(batch.toString()).isEqualTo(1);
        Instant until = Instant.now().plus(Duration.ofSeconds(1));
        JsonNode open;
        do {
            open = openProposals(admin, code);
        } while (open.isEmpty() && Instant.now().isBefore(until));
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("source").asString()).isEqualTo("INSPECTION");
        assertThat(open.get(0).get("ground").asString()).isEqualTo("ADDRESS_UNREACHABLE");
        // Fri 20 Nov 2026: 23–27 Nov, 30 Nov, 1–4 Dec → Fri 4 Dec
        assertThat(open.get(0).get("dueOn").asString()).isEqualTo("2026-12-04");

        // ADMIN corrects 2026 with a day off on Mon 23 Nov: the open proposal's deadline follows the calendar
        JsonNode shipped = Json.parse(admin.get("/api/v1/calendar/2026").body());
        var importedAt = jdbc.sql("select imported_at from calendar.years where year = 2026")
                .query(java.sql.Timestamp.class).single();
        var corrected = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        corrected.put("title", shipped.get("notice").get("title").asString());
        var days = corrected.putArray("days");
        shipped.get("days").forEach(days::add);
        days.addObject().put("date", "2026-11-23").put("type", "HOLIDAY").put("note", "test");
        try {
            assertThat(admin.putJson("/api/v1/calendar/2026", corrected.toString()).statusCode()).isEqualTo(200);
            Instant moved = Instant.now().plus(Duration.ofSeconds(2));
            String due;
            do {
                due = openProposals(admin, code).get(0).get("dueOn").asString();
            } while (!due.equals("2026-12-07") && Instant.now().isBefore(moved));
            assertThat(due).isEqualTo("2026-12-07");
        } finally {
            var restored = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
            restored.put("title", shipped.get("notice").get("title").asString());
            restored.set("days", shipped.get("days"));
            assertThat(admin.putJson("/api/v1/calendar/2026", restored.toString()).statusCode()).isEqualTo(200);
            // the shipped notice as shipped (the other tests read who imported it)
            jdbc.sql("update calendar.years set imported_by = 'system', imported_at = ? where year = 2026")
                    .param(importedAt).update();
        }
    }
}
