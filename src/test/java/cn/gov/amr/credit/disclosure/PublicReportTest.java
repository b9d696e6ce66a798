package cn.gov.amr.credit.disclosure;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public report shows what the publicity rules allow, in the contract's shape, with nothing personal. */
class PublicReportTest extends PlatformIntegrationTest {

    @Test
    void theReportShowsPublicRecordsOnlyAndAlwaysHasEverySection() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY", "LICENCE", "ANNUAL_REPORT");
        String[] entity = IngestionTestData.entity(admin);
        var client = http().apiKey(department[1]);

        var shown = penalty(entity[0], entity[1], "瑞市监罚〔2026〕21号");
        shown.put("decisionDate", "2026-03-01");
        shown.put("validUntil", "2026-03-01");
        shown.put("fineAmount", "20");
        shown.put("legalRepresentativeIdNumber", "11010519491231002X");
        var warningOnly = penalty(entity[0], entity[1], "瑞市监罚〔2026〕22号");
        warningOnly.put("penaltyCategories", "警告");
        warningOnly.remove("fineAmount");
        var expired = penalty(entity[0], entity[1], "瑞市监罚〔2019〕23号");
        expired.put("decisionDate", "2019-05-01");
        expired.put("validUntil", "2019-05-01");
        expired.put("fineAmount", "20");
        var simpleProcedure = penalty(entity[0], entity[1], "瑞市监罚〔2026〕24号");
        simpleProcedure.put("penaltyCategories", "罚款");
        simpleProcedure.put("fineAmount", "0.2");
        IngestionTestData.pushAndAwait(client, "PENALTY", List.of(shown, warningOnly, expired, simpleProcedure));
        IngestionTestData.pushAndAwait(client, "LICENCE", List.of(Map.of("partyName", entity[1], "creditCode", entity[0],
                "documentNumber", "瑞市监许〔2026〕5号", "decisionDate", "2026-02-01", "authority", "瑞昌市市场监督管理局")));
        var report = new LinkedHashMap<String, String>();
        report.put("creditCode", entity[0]);
        report.put("name", entity[1]);
        report.put("reportYear", "2025");
        report.put("submittedOn", "2026-05-01");
        report.put("totalAssets", "123.45");
        IngestionTestData.pushAndAwait(client, "ANNUAL_REPORT", List.of(report));

        var response = http().get("/api/v1/public/entities/" + entity[0]);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Json.parse(response.body());
        assertThat(body.get("entity").get("code").asString()).isEqualTo(entity[0]);
        assertThat(body.get("penalties")).hasSize(1);
        JsonNode penalty = body.get("penalties").get(0);
        assertThat(penalty.get("documentNumber").asString()).isEqualTo("瑞市监罚〔2026〕21号");
        assertThat(penalty.get("publicUntil").asString()).isEqualTo("2029-02-28");
        assertThat(penalty.get("department").asString()).isNotBlank();
        assertThat(body.get("licences")).hasSize(1);
        assertThat(body.get("annualReports")).hasSize(1);
        assertThat(body.get("annualReports").get(0).get("fields").has("totalAssets")).isFalse();
        assertThat(body.get("inspections")).isEmpty();
        assertThat(body.get("abnormalListings")).isEmpty();
        assertThat(body.get("seriousDishonestListings")).isEmpty();
        assertThat(response.body()).doesNotContain("11010519491231002X").doesNotContain("110105")
                .doesNotContainIgnoringCase("risk");
    }

    @Test
    void anUnknownEntityIsNotFound() {
        var response = http().get("/api/v1/public/entities/914403001922038216");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.parse(response.body()).get("code").asString()).isEqualTo("ENTITY_NOT_FOUND");
    }
}
