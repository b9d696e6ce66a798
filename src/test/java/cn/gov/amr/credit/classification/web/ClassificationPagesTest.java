package cn.gov.amr.credit.classification.web;

import static cn.gov.amr.credit.registry.RegistryTestData.creditCode;
import static cn.gov.amr.credit.registry.RegistryTestData.fullEntity;
import static cn.gov.amr.credit.registry.RegistryTestData.han;
import static cn.gov.amr.credit.registry.RegistryTestData.json;
import static cn.gov.amr.credit.registry.RegistryTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.classification.ClassificationRuns;
import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.classification.model.RiskModels;
import cn.gov.amr.credit.classification.RunStatus;
import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.identity.NewUser;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.support.CallerClients;
import cn.gov.amr.credit.support.CallerClients.Caller;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The classification pages on the running platform (real PostgreSQL, real HTTP): an entity listed as
 * abnormal is classified and its risk page explains why in plain words, with a short panel on the
 * registry's entity page; officers read the pages and ADMIN alone drafts, tries and starts runs; an
 * invalid draft comes back with each problem in words; a what-if runs to its report; every export is a
 * real workbook; the public, department keys, auditors and officers of another jurisdiction see nothing.
 */
class ClassificationPagesTest extends PlatformIntegrationTest {

    private static final String OFFICER_AREA = "PENCHENG";
    private static final String OTHER_AREA = "GUILIN";

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiKeys keys;

    @Autowired
    RiskClassification classification;

    @Autowired
    RiskModels models;

    @Autowired
    ClassificationRuns runs;

    private CallerClients callers;

    @BeforeEach
    void callers() {
        callers = new CallerClients(this::http, accounts, keys);
    }

    @Test
    void anEntityListedAsAbnormalIsExplainedLineByLineOnItsRiskPageAndItsEntityPage() {
        String code = entity(OFFICER_AREA);
        listAbnormal(code);
        classification.reclassify(List.of(code));
        var officer = callers.client(Caller.OFFICER, true);

        var risk = officer.get("/workbench/entities/" + code + "/risk");
        assertThat(risk.statusCode()).isEqualTo(200);
        assertThat(risk.body()).contains("id=\"risk-class\"", "列入经营异常名录（标记经营异常状态） +25分",
                "成立年限 0年 +8分", "risk-zero", "id=\"risk-history\"", "首次分类为");
        var result = classification.of(code).orElseThrow();
        assertThat(risk.body()).contains(">" + result.riskClass() + "<", ">" + result.score() + "<");

        var entityPage = officer.get("/workbench/entities/" + code);
        assertThat(entityPage.body()).as("the registry's page shows the panel").contains("id=\"panel-classification\"",
                "/workbench/entities/" + code + "/risk", "列入经营异常名录（标记经营异常状态） +25分");
        var auditor = callers.client(Caller.AUDITOR, true);
        assertThat(auditor.get("/workbench/entities/" + code).body()).as("an auditor sees the entity, not its class")
                .doesNotContain("panel-classification");
        assertThat(auditor.get("/workbench/entities/" + code + "/risk").statusCode()).isEqualTo(403);
        assertThat(signedIn(otherAreaOfficer()).get("/workbench/entities/" + code + "/risk").statusCode())
                .as("an officer of another jurisdiction").isEqualTo(403);
        for (var outsider : List.of(Caller.ANONYMOUS, Caller.DEPARTMENT)) {
            var refused = callers.client(outsider, true).get("/workbench/entities/" + code + "/risk");
            assertThat(refused.statusCode()).as(outsider.name()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login");
        }
    }

    @Test
    void officersReadTheHomeTheModelAndTheStatisticsAndOnlyAdminStartsRunsAndDrafts() throws IOException {
        classification.reclassify(List.of(entity(OFFICER_AREA)));
        var officer = callers.client(Caller.OFFICER, true);
        var home = officer.get("/workbench/classification");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"class-chart\"", "active-model-link").doesNotContain("start-full-run");
        long active = models.active().id();
        var model = officer.get("/workbench/classification/models/" + active);
        assertThat(model.body()).contains("近3年行政处罚", "每次 +10分，最高 40分", "列入严重违法失信名单的，直接认定为D类",
                "基础属性", "监管信息", "食品专业模型", "取通用模型与专业模型中风险较高的类别").doesNotContain("draft-actions");
        var statistics = officer.get("/workbench/classification/statistics?by=kind");
        assertThat(statistics.body()).contains("chart-groups", "chart-totals", "chart-months", "企业", "/js/charts.js")
                .as("an officer sees their jurisdiction").contains("id=\"area\"");
        assertThat(sheets(officer, "/workbench/classification/statistics/export.xlsx?by=kind"))
                .containsExactly("按主体类型", "各类别合计", "近12个月类别变化");
        assertThat(sheets(officer, "/workbench/classification/models/export.xlsx")).hasSize(1);

        String csrf = officer.csrfToken("/workbench/classification");
        assertThat(officer.postForm("/workbench/classification/runs", Map.of("_csrf", csrf)).statusCode()).isEqualTo(403);
        assertThat(officer.get("/workbench/classification/models/new").statusCode()).isEqualTo(403);
        assertThat(officer.postForm("/workbench/classification/models/" + active + "/what-if", Map.of("_csrf", csrf))
                .statusCode()).isEqualTo(403);
        var reviewer = callers.client(Caller.REVIEWER, true);
        assertThat(reviewer.get("/workbench/classification/statistics").body()).as("no jurisdiction: the city")
                .doesNotContain("id=\"area\"");
        assertThat(callers.client(Caller.AUDITOR, true).get("/workbench/classification").statusCode()).isEqualTo(403);
    }

    @Test
    void adminSeesEachProblemOfAnInvalidDraftThenTriesAValidOneToItsReport() throws Exception {
        classification.reclassify(List.of(entity(OFFICER_AREA)));
        var admin = callers.client(Caller.ADMIN, true);
        String form = "/workbench/classification/models/new";
        var page = admin.get(form);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"definition\"", "entityAge");

        var unreadable = admin.postForm("/workbench/classification/models", Map.of("_csrf", admin.csrfToken(form),
                "definition", "{\"name\": "));
        assertThat(unreadable.statusCode()).isEqualTo(200);
        assertThat(unreadable.body()).contains("id=\"problems\"", "JSON 格式错误");
        String invalid = "{\"name\":\"\",\"classes\":[{\"letter\":\"A\"},{\"letter\":\"B\",\"minScore\":10},"
                + "{\"letter\":\"C\",\"minScore\":5}],\"indicators\":[],\"overrides\":[{\"name\":\"x\",\"when\":"
                + "[{\"indicator\":\"nothing\",\"atLeast\":1}],\"effect\":\"SET\",\"riskClass\":\"Z\"}]}";
        var refused = admin.postForm("/workbench/classification/models", Map.of("_csrf", admin.csrfToken(form),
                "definition", invalid));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"problems\"", "name：模型名称不能为空。", "分值阈值须逐级递增",
                "条件引用了通用模型中不存在的指标“nothing”", "模型中没有类别“Z”");

        String definition = page.body().substring(page.body().indexOf("<textarea"));
        definition = org.springframework.web.util.HtmlUtils.htmlUnescape(
                definition.substring(definition.indexOf('>') + 1, definition.indexOf("</textarea>")));
        var saved = admin.postForm("/workbench/classification/models", Map.of("_csrf", admin.csrfToken(form),
                "definition", definition.replace("\"minScore\" : 60", "\"minScore\" : 50")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String modelPage = path(saved);
        var draft = admin.get(modelPage);
        assertThat(draft.body()).contains("id=\"drafted\"", "draft-actions", "confirm-activation");
        assertThat(admin.get("/workbench").body()).as("a to-do: the draft is not activated")
                .contains("/workbench/classification/models");
        var unconfirmed = admin.postForm(modelPage + "/activate", Map.of("_csrf", admin.csrfToken(modelPage)));
        assertThat(admin.get(path(unconfirmed)).body()).contains("confirmation-missing");

        var started = admin.postForm(modelPage + "/what-if", Map.of("_csrf", admin.csrfToken(modelPage)));
        assertThat(started.statusCode()).isEqualTo(302);
        String runPage = path(started);
        long run = Long.parseLong(runPage.substring(runPage.lastIndexOf('/') + 1));
        awaitEnd(run);
        var finished = admin.get(runPage);
        assertThat(finished.statusCode()).as("a finished what-if goes on to its report").isEqualTo(302);
        var report = admin.get(path(finished));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("distribution-chart", "id=\"moves\"", "class=\"num diagonal\"");
        assertThat(sheets(admin, runPage + "/what-if.xlsx")).containsExactly("分类分布对比", "类别迁移矩阵", "类别变化主体样本");
        assertThat(callers.client(Caller.OFFICER, true).get(runPage + "/what-if").statusCode())
                .as("officers read the report").isEqualTo(200);
    }

    private void awaitEnd(long run) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var status = runs.progress(run).orElseThrow().status();
            if (status == RunStatus.DONE || status == RunStatus.FAILED) {
                assertThat(status).isEqualTo(RunStatus.DONE);
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + run + " did not end within 60 s");
    }

    private static String path(java.net.http.HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/workbench"));
    }

    /** The sheet names of a real workbook (opened with POI). */
    private static List<String> sheets(TestHttp client, String path) throws IOException {
        var response = client.getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var names = new ArrayList<String>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).as("a header row at least").isPositive();
            return names;
        }
    }

    private String otherAreaOfficer() {
        String name = "officer-guilin-classification";
        if (accounts.findOptional(name).isEmpty()) {
            accounts.create(new NewUser(name, "Officer of another area", Fixtures.PASSWORD, EnumSet.of(Role.OFFICER),
                    "Market supervision", OTHER_AREA));
        }
        return name;
    }

    private TestHttp signedIn(String user) {
        var session = http();
        assertThat(session.signIn(user, Fixtures.PASSWORD).statusCode()).isEqualTo(302);
        return session;
    }

    /** A new enterprise in the jurisdiction, established today, created by ADMIN through the API. */
    private String entity(String jurisdiction) {
        String code = creditCode();
        var fields = new java.util.HashMap<String, Object>(fullEntity(code, "瑞昌市" + han(3) + "有限公司", jurisdiction,
                residentId()));
        fields.put("establishedOn", LegalTime.today(java.time.Clock.systemUTC()).toString());
        var created = http().basic("admin", ADMIN_PASSWORD).postJson("/api/v1/entities", json(fields));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return code;
    }

    private void listAbnormal(String code) {
        var today = LegalTime.today(java.time.Clock.systemUTC());
        var listed = http().basic("admin", ADMIN_PASSWORD).postJson("/api/v1/lists/abnormal", json(Map.of("code", code,
                "ground", "ADDRESS_UNREACHABLE", "decidedOn", today.toString(),
                "documentNumber", "瑞市监异〔" + today.getYear() + "〕" + han(2) + "号", "authority", "瑞昌市市场监督管理局")));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
    }
}
