package cn.gov.amr.credit.lists;

import static cn.gov.amr.credit.lists.ListsTestData.abnormal;
import static cn.gov.amr.credit.lists.ListsTestData.created;
import static cn.gov.amr.credit.lists.ListsTestData.entity;
import static cn.gov.amr.credit.lists.ListsTestData.removal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The lists' figures: statistics by month, kind, ground and jurisdiction, the 60-day warning, filing rates. */
class ListFiguresTest extends PlatformIntegrationTest {

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private static long count(JsonNode rows, String key, String field) {
        for (JsonNode row : rows) {
            if (row.get("key").asString().equals(key)) {
                return row.get(field).asLong();
            }
        }
        return 0;
    }

    @Test
    void statisticsCountListingsAndRemovalsByMonthKindGroundAndJurisdiction() {
        var admin = admin();
        JsonNode before = Json.parse(admin.get("/api/v1/lists/statistics?year=2024&jurisdiction=MATOU").body());
        String enterprise = entity(admin, "ENTERPRISE", "MATOU", "2015-06-01");
        String individual = entity(admin, "INDIVIDUAL_BUSINESS", "MATOU", "2015-06-01");
        long listed = created(admin, "/api/v1/lists/abnormal", abnormal(enterprise, "ADDRESS_UNREACHABLE", "2024-03-04", "码监异列〔2024〕1号"));
        created(admin, "/api/v1/lists/abnormal-state", abnormal(individual, "FALSE_INFORMATION", "2024-03-05", "码监异标〔2024〕1号"));
        assertThat(admin.postJson("/api/v1/lists/abnormal/" + listed + "/removal",
                RegistryTestData.json(removal("已恢复联系", "2024-09-02", "码监异移〔2024〕1号"))).statusCode()).isEqualTo(200);

        JsonNode after = Json.parse(admin.get("/api/v1/lists/statistics?year=2024&jurisdiction=MATOU").body());
        assertThat(after.get("listings").asLong() - before.get("listings").asLong()).isEqualTo(2);
        assertThat(after.get("removals").asLong() - before.get("removals").asLong()).isEqualTo(1);
        assertThat(count(after.get("byMonth"), "03", "listings") - count(before.get("byMonth"), "03", "listings")).isEqualTo(2);
        assertThat(count(after.get("byMonth"), "09", "removals") - count(before.get("byMonth"), "09", "removals")).isEqualTo(1);
        assertThat(count(after.get("byKind"), "INDIVIDUAL_BUSINESS", "listings")
                - count(before.get("byKind"), "INDIVIDUAL_BUSINESS", "listings")).isEqualTo(1);
        assertThat(count(after.get("byGround"), "FALSE_INFORMATION", "listings")
                - count(before.get("byGround"), "FALSE_INFORMATION", "listings")).isEqualTo(1);
        assertThat(count(after.get("byJurisdiction"), "MATOU", "listings")
                - count(before.get("byJurisdiction"), "MATOU", "listings")).isEqualTo(2);
        assertThat(after.get("byJurisdiction").findValuesAsString("key")).containsOnly("MATOU");
    }

    @Test
    void theWarningListHoldsEnterprisesReachingThreeYearsInTheNextSixtyDaysOnly() {
        var admin = admin();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String soon = entity(admin, "ENTERPRISE", "BAIYANG", "2010-01-01");
        String later = entity(admin, "ENTERPRISE", "BAIYANG", "2010-01-01");
        long reaching = created(admin, "/api/v1/lists/abnormal",
                abnormal(soon, "ADDRESS_UNREACHABLE", today.minusYears(3).plusDays(30).toString(), "白监异列〔2023〕1号"));
        created(admin, "/api/v1/lists/abnormal",
                abnormal(later, "ADDRESS_UNREACHABLE", today.minusYears(3).plusDays(61).toString(), "白监异列〔2023〕2号"));
        JsonNode warnings = Json.parse(admin.get("/api/v1/lists/three-year-warnings?jurisdiction=BAIYANG").body());
        assertThat(warnings.get("items").findValuesAsString("entityCode")).contains(soon).doesNotContain(later);
        assertThat(warnings.get("items").findValues("id").stream().map(JsonNode::asLong)).contains(reaching);
    }

    @Test
    void filingRatesCountActiveEntitiesDueAndThoseThatFiledAndListTheRest() {
        var admin = admin();
        String filer = entity(admin, "COOPERATIVE", "NANYI", "2019-01-01");
        String nonFiler = entity(admin, "COOPERATIVE", "NANYI", "2019-01-01");
        entity(admin, "COOPERATIVE", "NANYI", "2026-01-01"); // not due for 2025
        var filing = new LinkedHashMap<String, Object>(Map.of("code", filer, "reportYear", 2025, "filedOn", "2026-04-01"));
        assertThat(admin.postJson("/api/v1/lists/annual-reports/filings", RegistryTestData.json(filing)).statusCode())
                .isEqualTo(204);
        JsonNode rates = Json.parse(admin.get("/api/v1/lists/annual-reports/2025/rates?jurisdiction=NANYI").body());
        assertThat(rates.get("deadline").asString()).isEqualTo("2026-06-30");
        JsonNode cooperatives = null;
        for (JsonNode row : rates.get("byKind")) {
            if (row.get("key").asString().equals("COOPERATIVE")) {
                cooperatives = row;
            }
        }
        assertThat(cooperatives).isNotNull();
        assertThat(cooperatives.get("due").asLong() - cooperatives.get("filed").asLong()).isPositive();
        JsonNode nonFilers = Json.parse(admin.get("/api/v1/lists/annual-reports/2025/non-filers?jurisdiction=NANYI&size=1000").body());
        assertThat(nonFilers.get("items").toString()).contains(nonFiler).doesNotContain(filer);
    }
}
