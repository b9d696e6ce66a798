package cn.gov.amr.credit.lists.web;

import static cn.gov.amr.credit.registry.RegistryTestData.creditCode;
import static cn.gov.amr.credit.registry.RegistryTestData.fullEntity;
import static cn.gov.amr.credit.registry.RegistryTestData.han;
import static cn.gov.amr.credit.registry.RegistryTestData.json;
import static cn.gov.amr.credit.registry.RegistryTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.support.CallerClients;
import cn.gov.amr.credit.support.CallerClients.Caller;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The officers' lists pages on the running platform with real listings (decided through the API): the
 * filtered list and its Excel export (a real workbook holding exactly the filtered rows), the listing
 * with its decision document, a removal from the page, a refusal outside the officer's jurisdiction
 * shown with its reason, statistics with one sheet per breakdown, the to-dos on the workbench home; and
 * nothing for the public or for a reviewer.
 */
class ListPagesTest extends PlatformIntegrationTest {

    private static final String OFFICER_AREA = "PENCHENG";
    private static final String OTHER_AREA = "GUILIN";

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiKeys keys;

    private CallerClients callers;

    @BeforeEach
    void callers() {
        callers = new CallerClients(this::http, accounts, keys);
    }

    @Test
    void anOfficerFiltersTheListExportsItOpensADecisionAndRemovesAListingOfTheirJurisdiction() throws IOException {
        LocalDate today = LegalTime.today(java.time.Clock.systemUTC());
        String code = entity(OFFICER_AREA);
        String document = "瑞市监异〔" + today.getYear() + "〕" + han(2) + "号";
        long id = listAbnormal(callers.client(Caller.OFFICER, false), code, document, today);
        var officer = callers.client(Caller.OFFICER, true);

        var page = officer.get("/workbench/lists?code=" + code);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(document, "通过登记的住所或者经营场所无法联系", "湓城分局", "在列");

        assertThat(rows(officer, "/workbench/lists/abnormal.xlsx?code=" + code))
                .as("the export holds the filtered listing").hasSize(2)
                .satisfies(rows -> assertThat(rows.get(1)).contains(code, document));
        assertThat(rows(officer, "/workbench/lists/abnormal.xlsx?code=" + code + "&jurisdiction=" + OTHER_AREA))
                .as("and nothing the filter leaves out").hasSize(1);

        String detail = "/workbench/lists/abnormal/" + id;
        assertThat(officer.get(detail).body()).contains("removal-form", document);
        var decision = officer.get(detail + "/decision");
        assertThat(decision.statusCode()).isEqualTo(200);
        assertThat(decision.body()).contains("列入经营异常名录决定书", document, code,
                "《企业经营异常名录管理暂行办法》第四条第（四）项");
        assertThat(officer.get(detail + "/removal-decision").statusCode()).as("no removal yet").isEqualTo(404);

        String removalDocument = "瑞市监移〔" + today.getYear() + "〕" + han(2) + "号";
        var removed = officer.postForm(detail + "/removal", Map.of("_csrf", officer.csrfToken(detail),
                "reason", "已办理住所变更登记", "decidedOn", today.toString(), "documentNumber", removalDocument));
        assertThat(removed.statusCode()).isEqualTo(302);
        var after = officer.get(detail);
        assertThat(after.body()).contains("已移出经营异常名录。", removalDocument).doesNotContain("removal-form");
        assertThat(officer.get(detail + "/removal-decision").body()).contains("移出经营异常名录决定书", removalDocument,
                "已办理住所变更登记");
        assertThat(officer.get("/workbench/lists?status=REMOVED&code=" + code).body()).contains(document);
    }

    @Test
    void aFilingEnteredOnThePageRaisesARemovalProposalThatTheOfficerDecidesFromTheDeadlineList() {
        LocalDate today = LegalTime.today(java.time.Clock.systemUTC());
        String code = entity(OFFICER_AREA);
        var listed = callers.client(Caller.OFFICER, false).postJson("/api/v1/lists/abnormal", json(Map.of("code", code,
                "ground", "ANNUAL_REPORT_NOT_FILED", "decidedOn", today.toString(),
                "documentNumber", "瑞市监异〔" + today.getYear() + "〕" + han(2) + "号")));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
        long id = Json.parse(listed.body()).get("id").asLong();
        var officer = callers.client(Caller.OFFICER, true);

        String annual = "/workbench/lists/annual-reports";
        var entered = officer.postForm(annual + "/filings", Map.of("_csrf", officer.csrfToken(annual), "code", code,
                "year", Integer.toString(today.getYear() - 1), "filedOn", today.toString()));
        assertThat(entered.statusCode()).isEqualTo(302);
        String back = entered.headers().firstValue("Location").orElseThrow();
        assertThat(officer.get(back.substring(back.indexOf("/workbench"))).body()).contains("filing-entered", code);

        var proposals = officer.get("/workbench/lists/proposals?code=" + code);
        assertThat(proposals.body()).contains("移出经营异常名录", "列入事由已消除", "decision-form");
        var matcher = java.util.regex.Pattern.compile("id=\"proposal-(\\d+)\"").matcher(proposals.body());
        assertThat(matcher.find()).isTrue();
        long proposal = Long.parseLong(matcher.group(1));
        assertThat(officer.get("/workbench").body()).as("a to-do on the workbench home")
                .contains("/workbench/lists/proposals?status=OPEN&amp;jurisdiction=" + OFFICER_AREA);

        String removalDocument = "瑞市监移〔" + today.getYear() + "〕" + han(2) + "号";
        var form = new java.util.HashMap<String, String>(Map.of("_csrf", officer.csrfToken("/workbench/lists/proposals"),
                "list", "ABNORMAL", "action", "REMOVAL", "code", code, "ground", "ANNUAL_REPORT_NOT_FILED",
                "listingId", Long.toString(id), "decidedOn", today.toString(), "documentNumber", removalDocument));
        form.put("reason", "已补报年度报告");
        var decided = officer.postForm("/workbench/lists/proposals/" + proposal + "/decision", form);
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(officer.get("/workbench/lists/proposals").body()).contains("id=\"decided\"");
        assertThat(officer.get("/workbench/lists/abnormal/" + id).body()).contains(removalDocument, "已移出");
        assertThat(officer.get("/workbench/lists/proposals?code=" + code).body()).as("the decision closed it")
                .contains("no-proposals");
    }

    @Test
    void anOfficerRaisesAProposalFromTheirOwnFindingOnThePageAndDecidesItThere() {
        LocalDate today = LegalTime.today(java.time.Clock.systemUTC());
        String code = entity(OFFICER_AREA);
        var officer = callers.client(Caller.OFFICER, true);
        String page = "/workbench/lists/proposals";
        var raised = officer.postForm(page, Map.of("_csrf", officer.csrfToken(page), "code", code,
                "ground", "ADDRESS_UNREACHABLE", "aroseOn", today.toString(), "note", "实地核查无法联系"));
        assertThat(raised.statusCode()).isEqualTo(302);
        var listed = officer.get("/workbench/lists/proposals?code=" + code).body();
        assertThat(listed).contains("id=\"proposed\"", "decision-form", "通过登记的住所或者经营场所无法联系");
        var again = officer.postForm(page, Map.of("_csrf", officer.csrfToken(page), "code", code,
                "ground", "ADDRESS_UNREACHABLE", "aroseOn", today.toString()));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(officer.get(page).body()).as("the same finding twice is refused with its reason")
                .contains("propose-error", "已有同一事由");
    }

    @Test
    void aDecisionOutsideTheOfficersJurisdictionIsRefusedWithItsReason() {
        LocalDate today = LegalTime.today(java.time.Clock.systemUTC());
        String code = entity(OTHER_AREA);
        String document = "瑞市监异〔" + today.getYear() + "〕" + han(2) + "号";
        long id = listAbnormal(http().basic("admin", ADMIN_PASSWORD), code, document, today);
        var officer = callers.client(Caller.OFFICER, true);
        String detail = "/workbench/lists/abnormal/" + id;

        assertThat(officer.get(detail).body()).as("no removal form outside the jurisdiction").doesNotContain("removal-form");
        var refused = officer.postForm(detail + "/removal", Map.of("_csrf", officer.csrfToken(detail),
                "reason", "x", "decidedOn", today.toString(), "documentNumber", "瑞市监移〔2026〕" + han(2) + "号"));
        assertThat(refused.statusCode()).isEqualTo(302);
        var after = officer.get(detail);
        assertThat(after.body()).contains("decision-error", "在列");
    }

    @Test
    void statisticsAnnualReportsAndProposalsRenderWithChartsTablesAndWorkbooks() throws IOException {
        var officer = callers.client(Caller.OFFICER, true);
        int year = LegalTime.today(java.time.Clock.systemUTC()).getYear();
        var statistics = officer.get("/workbench/lists/statistics?year=" + year);
        assertThat(statistics.statusCode()).isEqualTo(200);
        assertThat(statistics.body()).contains("chart-month", "chart-kind", "chart-ground", "chart-jurisdiction",
                "data-chart=", "/js/charts.js", "/webjars/echarts/");
        var workbook = officer.getBytes("/workbench/lists/statistics/export.xlsx?year=" + year);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            assertThat(book.getNumberOfSheets()).as("one sheet per breakdown").isEqualTo(4);
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("按月份");
        }
        var annual = officer.get("/workbench/lists/annual-reports");
        assertThat(annual.statusCode()).isEqualTo(200);
        assertThat(annual.body()).contains("rate-by-kind", "filing-form");
        var incomplete = officer.postForm("/workbench/lists/annual-reports/filings",
                Map.of("_csrf", officer.csrfToken("/workbench/lists/annual-reports"), "code", ""));
        assertThat(incomplete.statusCode()).isEqualTo(302);
        String back = incomplete.headers().firstValue("Location").orElseThrow();
        assertThat(officer.get(back.substring(back.indexOf("/workbench"))).body())
                .contains("请填写统一社会信用代码、报告年度和报送日期。");
        assertThat(officer.get("/workbench/lists/proposals").statusCode()).isEqualTo(200);
        assertThat(officer.get("/workbench/lists/three-years").statusCode()).isEqualTo(200);
        assertThat(officer.get("/workbench/lists/serious-dishonest").body()).contains("食品安全领域严重违法行为");
        var ghost = officer.get("/workbench/lists/abnormal/999999999");
        assertThat(ghost.statusCode()).isEqualTo(404);
    }

    @Test
    void aListingReachingThreeYearsSoonIsAToDoOnTheOfficersWorkbench() {
        LocalDate today = LegalTime.today(java.time.Clock.systemUTC());
        String code = entity(OFFICER_AREA);
        listAbnormal(http().basic("admin", ADMIN_PASSWORD), code, "瑞市监异〔" + (today.getYear() - 3) + "〕" + han(2) + "号",
                today.minusYears(3).plusDays(20));
        var home = callers.client(Caller.OFFICER, true).get("/workbench");
        assertThat(home.body()).contains("id=\"todos\"", "/workbench/lists/three-years", "tile-lists");
        assertThat(callers.client(Caller.OFFICER, true).get("/workbench/lists/three-years").body()).contains(code);
    }

    @Test
    void thePublicSeesNoListsPagesAndAReviewerReadsThemButMayNotDecide() {
        var anonymous = callers.client(Caller.ANONYMOUS, true);
        var page = anonymous.get("/workbench/lists");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(anonymous.getBytes("/workbench/lists/abnormal.xlsx").statusCode()).isEqualTo(302);

        var reviewer = callers.client(Caller.REVIEWER, true);
        var proposals = reviewer.get("/workbench/lists/proposals?status=");
        assertThat(proposals.statusCode()).isEqualTo(200);
        assertThat(proposals.body()).doesNotContain("decision-form", "dismiss-form");
        assertThat(reviewer.get("/workbench/lists/annual-reports").body()).doesNotContain("filing-form");
        String csrf = reviewer.csrfToken("/workbench/lists");
        assertThat(reviewer.postForm("/workbench/lists/abnormal/1/removal", Map.of("_csrf", csrf, "reason", "x"))
                .statusCode()).isEqualTo(403);
        assertThat(reviewer.postForm("/workbench/lists/proposals/1/dismissal", Map.of("_csrf", csrf, "reason", "x"))
                .statusCode()).isEqualTo(403);
        assertThat(reviewer.postForm("/workbench/lists/annual-reports/filings", Map.of("_csrf", csrf, "code", "x"))
                .statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/workbench").body()).doesNotContain("/workbench/lists/proposals?status=OPEN");
    }

    /** A new enterprise in the jurisdiction, created by ADMIN through the API. */
    private String entity(String jurisdiction) {
        String code = creditCode();
        var created = http().basic("admin", ADMIN_PASSWORD).postJson("/api/v1/entities",
                json(fullEntity(code, "瑞昌市" + han(3) + "有限公司", jurisdiction, residentId())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return code;
    }

    private static long listAbnormal(TestHttp client, String code, String document, LocalDate decidedOn) {
        var listed = client.postJson("/api/v1/lists/abnormal", json(Map.of("code", code, "ground", "ADDRESS_UNREACHABLE",
                "decidedOn", decidedOn.toString(), "documentNumber", document, "authority", "瑞昌市市场监督管理局")));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
        return Json.parse(listed.body()).get("id").asLong();
    }

    /** The first sheet of an export, each row as its cells' text. */
    private static List<List<String>> rows(TestHttp client, String path) throws IOException {
        var response = client.getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            return text(book.getSheetAt(0));
        }
    }

    private static List<List<String>> text(Sheet sheet) {
        var rows = new ArrayList<List<String>>();
        for (var row : sheet) {
            var cells = new ArrayList<String>();
            row.forEach(cell -> cells.add(cell.toString()));
            rows.add(cells);
        }
        return rows;
    }
}
