package cn.gov.amr.credit.ingestion;

import static cn.gov.amr.credit.ingestion.IngestionTestData.awaitBatch;
import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static cn.gov.amr.credit.ingestion.IngestionTestData.pushAndAwait;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The workbench pages of aggregation and the credit file: every page in Chinese for an officer, the
 * upload form (and its refusals), the correction form, exports, and departments with their key shown once.
 */
class IngestionPagesTest extends PlatformIntegrationTest {

    private static final Pattern BATCH_LOCATION = Pattern.compile("/workbench/ingestion/batches/(\\d+)$");
    private static final Pattern QUARANTINE_LINK = Pattern.compile("/workbench/ingestion/quarantine/(\\d+)\"");
    private static final Pattern INPUT = Pattern.compile("<input type=\"text\" id=\"f-[^\"]*\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern API_KEY = Pattern.compile("id=\"api-key\"[^>]*value=\"([^\"]+)\"");

    /** National labels of the penalty fields of {@link IngestionTestData#penalty}. */
    private static final Map<String, String> PENALTY_LABELS = Map.ofEntries(
            Map.entry("partyName", "行政相对人名称"), Map.entry("partyType", "行政相对人类别"),
            Map.entry("creditCode", "统一社会信用代码"), Map.entry("documentNumber", "行政处罚决定书文号"),
            Map.entry("violationType", "违法行为类型"), Map.entry("facts", "违法事实"), Map.entry("basis", "处罚依据"),
            Map.entry("penaltyCategories", "处罚类别"), Map.entry("content", "处罚内容"),
            Map.entry("fineAmount", "罚款金额（万元）"), Map.entry("decisionDate", "处罚决定日期"),
            Map.entry("validUntil", "处罚有效期"), Map.entry("authority", "处罚机关"),
            Map.entry("authorityCode", "处罚机关统一社会信用代码"), Map.entry("sourceUnit", "数据来源单位"),
            Map.entry("sourceUnitCode", "数据来源单位统一社会信用代码"));

    @Autowired
    UserAccounts accounts;

    private TestHttp adminApi() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private TestHttp signedIn(String user, String password) {
        var session = http();
        assertThat(session.signIn(user, password).statusCode()).isEqualTo(302);
        return session;
    }

    private TestHttp officer() {
        return signedIn(Fixtures.user(accounts, Role.OFFICER), Fixtures.PASSWORD);
    }

    private TestHttp admin() {
        return signedIn("admin", ADMIN_PASSWORD);
    }

    /** A CSV of penalties with the national labels as headers. */
    static byte[] csv(List<Map<String, String>> rows) {
        var fields = List.copyOf(rows.get(0).keySet());
        var out = new StringBuilder();
        out.append(String.join(",", fields.stream().map(f -> quote(PENALTY_LABELS.getOrDefault(f, f))).toList()))
                .append("\r\n");
        for (var row : rows) {
            out.append(String.join(",", fields.stream().map(f -> quote(row.getOrDefault(f, ""))).toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static long batchIdOf(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        Matcher matcher = BATCH_LOCATION.matcher(redirect.headers().firstValue("Location").orElse(""));
        assertThat(matcher.find()).as(redirect.headers().toString()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static HttpResponse<String> upload(TestHttp session, String department, String kind, String fileName,
                                               byte[] content) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("_csrf", session.csrfToken("/workbench/ingestion"));
        fields.put("department", department);
        fields.put("kind", kind);
        return session.postFile("/workbench/ingestion/batches", fields, fileName, content);
    }

    @Test
    void everyPageRendersInChineseForAnOfficerAndTheLanguageSwitches() {
        var api = adminApi();
        String[] department = IngestionTestData.department(api, "PENALTY");
        String[] entity = IngestionTestData.entityWithCode(api, RegistryTestData.creditCode('1'));
        String document = "瑞市监罚〔2022〕" + RegistryTestData.han(2) + "1号";
        var good = penalty(entity[0], entity[1], document);
        good.put("validUntil", "2099-03-14");
        good.put("legalRepresentative", entity[2]);
        good.put("legalRepresentativeIdNumber", entity[4]);
        var bad = penalty(entity[0], entity[1], document + "之二");
        bad.put("decisionDate", "2022-02-30");
        JsonNode batch = pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(good, bad));
        long batchId = batch.get("id").asLong();
        assertThat(batch.get("accepted").asInt()).as(batch.toString()).isEqualTo(1);

        var session = officer();
        var home = session.get("/workbench");
        assertThat(home.body()).contains("id=\"tile-ingestion\"").contains("信用信息归集");

        var list = session.get("/workbench/ingestion?department=" + department[0]);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("报送批次").contains("代部门上传文件").contains("接口推送")
                .contains("/workbench/ingestion/batches/" + batchId + "\"").contains("已完成")
                .contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"");

        var page = session.get("/workbench/ingestion/batches/" + batchId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("批次 " + batchId).contains("已完成").contains("处罚决定日期")
                .contains("DATE_IMPOSSIBLE").contains("日期“2022-02-30”不存在。").contains("暂存待更正记录")
                .contains("/js/batch-progress.js").doesNotContain("<script>");
        Matcher link = QUARANTINE_LINK.matcher(page.body());
        assertThat(link.find()).isTrue();

        var correction = session.get("/workbench/ingestion/quarantine/" + link.group(1));
        assertThat(correction.statusCode()).isEqualTo(200);
        assertThat(correction.body()).contains("更正第 2 行").contains("行政处罚决定书文号").contains("提交更正")
                .contains("日期“2022-02-30”不存在。");

        var statistics = session.get("/workbench/ingestion/statistics");
        assertThat(statistics.statusCode()).isEqualTo(200);
        assertThat(statistics.body()).contains("归集统计").contains("主体覆盖率").contains("按报送部门")
                .contains("主要暂存原因").contains("行政处罚");

        assertThat(list.body()).doesNotContain("id=\"nav-exports\"");
        var exports = admin().get("/workbench/ingestion/exports?from=2022-01&to=2022-08");
        assertThat(exports.statusCode()).isEqualTo(200);
        assertThat(exports.body()).contains("数据上报").contains("国家企业信用信息公示系统").contains("2022-08")
                .contains("新建导出");

        var departments = session.get("/workbench/departments");
        assertThat(departments.statusCode()).isEqualTo(200);
        assertThat(departments.body()).contains("报送部门").contains("横向部门")
                .doesNotContain("登记并签发密钥").doesNotContain(department[1]);

        var file = session.get("/workbench/entities/" + entity[0] + "/credit-file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("信用档案：" + entity[1]).contains(document).contains("行政处罚")
                .contains("/workbench/ingestion/batches/" + batchId)
                .contains(RegistryTestData.masked(entity[4])).doesNotContain(entity[4]);
        assertThat(session.get("/workbench/entities/" + entity[0]).body())
                .contains("/workbench/entities/" + entity[0] + "/credit-file");
        // flags are recomputed after the batch's commit, through the event registry
        String flags = "";
        for (int i = 0; i < 200 && !flags.contains("行政处罚有效期内"); i++) {
            flags = session.get("/workbench/entities/" + entity[0] + "/credit-file").body();
            sleep(50);
        }
        assertThat(flags).contains("行政处罚有效期内").contains("2099-03-14");

        var english = session.get("/workbench/ingestion/batches/" + batchId + "?lang=en");
        assertThat(english.body()).contains("Batch " + batchId).contains("Completed").contains("decisionDate")
                .doesNotContain("处罚决定日期");
        assertThat(session.get("/workbench/entities/" + entity[0] + "/credit-file").body())
                .contains("Credit file: ").contains("documentNumber");
        session.get("/workbench?lang=zh-CN");
    }

    @Test
    void aReviewerReadsButHasNoFormsAndAnAuditorIsRefusedTheUpload() {
        var api = adminApi();
        String[] department = IngestionTestData.department(api, "PENALTY");
        var reviewer = signedIn(Fixtures.user(accounts, Role.REVIEWER), Fixtures.PASSWORD);
        var list = reviewer.get("/workbench/ingestion");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("id=\"upload-form\"");
        assertThat(reviewer.get("/workbench/ingestion/exports").statusCode()).isEqualTo(403);

        var auditor = signedIn(Fixtures.user(accounts, Role.AUDITOR), Fixtures.PASSWORD);
        var entity = IngestionTestData.entity(api);
        var response = upload(auditor, department[0], "PENALTY", "penalties.csv",
                csv(List.of(penalty(entity[0], entity[1], "瑞市监罚〔2022〕" + RegistryTestData.han(2) + "号"))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("错误代码 403").doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from ingestion.batches where department_id = ?")
                .param(Long.parseLong(department[0])).query(Long.class).single()).isZero();

        var export = auditor.postForm("/workbench/ingestion/exports", Map.of("_csrf",
                auditor.csrfToken("/workbench/ingestion"), "destination", "PREFECTURE", "kind", "PENALTY",
                "from", "2022-01", "to", "2022-01", "format", "CSV"));
        assertThat(export.statusCode()).isEqualTo(403);
        var register = reviewer.postForm("/workbench/departments", Map.of("_csrf",
                reviewer.csrfToken("/workbench/departments"), "name", "某部门", "code", RegistryTestData.creditCode('1')));
        assertThat(register.statusCode()).isEqualTo(403);
    }

    @Test
    void anUploadThroughTheFormCreatesABatchAndRedirectsToItsPage() {
        var api = adminApi();
        String[] department = IngestionTestData.department(api, "PENALTY");
        String[] entity = IngestionTestData.entity(api);
        String document = "瑞市监罚〔2022〕" + RegistryTestData.han(2) + "7号";
        var session = officer();

        var response = upload(session, department[0], "PENALTY", "处罚.csv",
                csv(List.of(penalty(entity[0], entity[1], document))));
        long id = batchIdOf(response);
        JsonNode batch = awaitBatch(api, id);
        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(batch.get("accepted").asInt()).isEqualTo(1);
        assertThat(batch.get("fileName").asString()).isEqualTo("处罚.csv");

        var page = session.get("/workbench/ingestion/batches/" + id);
        assertThat(page.body()).contains("已完成").contains("处罚.csv").contains("data-count=\"accepted\">1<")
                .contains("没有错误。");
        assertThat(session.get("/workbench/entities/" + entity[0] + "/credit-file").body()).contains(document);
    }

    @Test
    void refusedUploadsAreExplainedOnTheFormInChinese() {
        var api = adminApi();
        String[] department = IngestionTestData.department(api, "PENALTY");
        String[] entity = IngestionTestData.entity(api);
        var session = officer();

        var row = penalty(entity[0], entity[1], "瑞市监罚〔2022〕" + RegistryTestData.han(2) + "号");
        row.remove("documentNumber");
        var missingColumn = upload(session, department[0], "PENALTY", "a.csv", csv(List.of(row)));
        assertThat(missingColumn.statusCode()).isEqualTo(200);
        assertThat(missingColumn.body()).contains("id=\"upload-error\"").contains("文件缺少必填列")
                .contains("行政处罚决定书文号");

        var notAllowed = upload(session, department[0], "LICENCE", "b.csv", "a,b\r\n1,2\r\n".getBytes());
        assertThat(notAllowed.statusCode()).isEqualTo(200);
        assertThat(notAllowed.body()).contains("无权报送行政许可记录").doesNotContain("LICENCE）");

        var noDepartment = upload(session, "", "PENALTY", "c.csv", csv(List.of(penalty(entity[0], entity[1], "X1"))));
        assertThat(noDepartment.statusCode()).isEqualTo(200);
        assertThat(noDepartment.body()).contains("请选择代哪个部门报送。");

        var empty = upload(session, department[0], "PENALTY", "d.csv", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("文件为空或没有表头行。");
        assertThat(jdbc.sql("select count(*) from ingestion.batches where department_id = ?")
                .param(Long.parseLong(department[0])).query(Long.class).single()).isZero();
    }

    @Test
    void aCorrectionThroughTheFormCreatesANewBatchThatCompletesAndKeepsTheFullIdNumber() {
        var api = adminApi();
        String[] department = IngestionTestData.department(api, "PENALTY");
        String[] entity = IngestionTestData.entityWithCode(api, RegistryTestData.creditCode('1'));
        String document = "瑞市监罚〔2022〕" + RegistryTestData.han(2) + "9号";
        var row = penalty(entity[0], entity[1], document);
        row.put("legalRepresentative", entity[2]);
        row.put("legalRepresentativeIdNumber", entity[4]);
        row.put("decisionDate", "2022-02-30");
        JsonNode batch = pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(row));
        assertThat(batch.get("quarantined").asInt()).isEqualTo(1);

        var session = officer();
        var batchPage = session.get("/workbench/ingestion/batches/" + batch.get("id").asLong());
        Matcher link = QUARANTINE_LINK.matcher(batchPage.body());
        assertThat(link.find()).isTrue();
        String path = "/workbench/ingestion/quarantine/" + link.group(1);
        var form = session.get(path);
        assertThat(form.body()).contains(RegistryTestData.masked(entity[4])).doesNotContain(entity[4])
                .contains("证件号码已脱敏");

        var values = new LinkedHashMap<String, String>();
        Matcher input = INPUT.matcher(form.body());
        while (input.find()) {
            values.put(input.group(1), unescape(input.group(2)));
        }
        assertThat(values).containsEntry("decisionDate", "2022-02-30").containsEntry("partyName", entity[1])
                .containsEntry("legalRepresentativeIdNumber", RegistryTestData.masked(entity[4]));
        values.put("decisionDate", "2022-02-28");
        values.put("_csrf", session.csrfToken(path));
        var sent = session.postForm(path, values);
        long corrected = batchIdOf(sent);
        assertThat(corrected).isNotEqualTo(batch.get("id").asLong());
        JsonNode done = awaitBatch(api, corrected);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("accepted").asInt()).as(done.toString()).isEqualTo(1);
        assertThat(done.get("channel").asString()).isEqualTo("CORRECTION");

        var newPage = session.get("/workbench/ingestion/batches/" + corrected);
        assertThat(newPage.body()).contains("已提交第 1 行的更正").contains("人工更正");
        assertThat(session.get("/workbench/ingestion/batches/" + batch.get("id").asLong()).body())
                .contains("已更正").contains("更正批次 " + corrected);
        assertThat(jdbc.sql("select count(*) from ingestion.records where entity_code = ? and current"
                        + " and payload->>'legalRepresentativeIdNumber' = ?")
                .param(entity[0]).param(entity[4]).query(Long.class).single()).isEqualTo(1);

        var again = session.postForm(path, values);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("该暂存记录已处理。");
    }

    @Test
    void aQuarantinedRowCanBeDismissed() {
        var api = adminApi();
        String[] department = IngestionTestData.department(api, "PENALTY");
        var row = penalty(RegistryTestData.creditCode('1'), "瑞昌" + RegistryTestData.han(4) + "公司",
                "瑞市监罚〔2022〕" + RegistryTestData.han(2) + "号");
        JsonNode batch = pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(row));
        long id = batch.get("id").asLong();
        var session = officer();
        Matcher link = QUARANTINE_LINK.matcher(session.get("/workbench/ingestion/batches/" + id).body());
        assertThat(link.find()).isTrue();
        String path = "/workbench/ingestion/quarantine/" + link.group(1);
        assertThat(session.get(path).body()).contains("未在市场主体名录中登记");
        var dismissed = session.postForm(path + "/dismissal", Map.of("_csrf", session.csrfToken(path)));
        assertThat(dismissed.statusCode()).isEqualTo(302);
        assertThat(dismissed.headers().firstValue("Location").orElse("")).endsWith("/workbench/ingestion/batches/" + id);
        assertThat(session.get("/workbench/ingestion/batches/" + id).body()).contains("第 1 行已不予更正并关闭。")
                .contains("不予更正");
        assertThat(session.get(path).body()).contains("该记录已关闭，不予更正。").doesNotContain("id=\"resubmit\"");
    }

    @Test
    void anExportThroughTheFormIsListedWithItsDownloadAndCounted() {
        var api = adminApi();
        String[] department = IngestionTestData.department(api, "PENALTY");
        String[] entity = IngestionTestData.entity(api);
        var row = penalty(entity[0], entity[1], "瑞市监罚〔2021〕" + RegistryTestData.han(2) + "号");
        row.put("decisionDate", "2021-11-03");
        pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(row));
        var session = admin();

        var invalid = session.postForm("/workbench/ingestion/exports", Map.of("_csrf",
                session.csrfToken("/workbench/ingestion/exports"), "destination", "PREFECTURE", "kind", "PENALTY",
                "from", "2021-12", "to", "2021-11", "format", "CSV"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("请填写起止月份");

        var notRouted = session.postForm("/workbench/ingestion/exports", Map.of("_csrf",
                session.csrfToken("/workbench/ingestion/exports"), "destination", "PREFECTURE", "kind", "COMPLAINT",
                "from", "2021-11", "to", "2021-11", "format", "CSV"));
        assertThat(notRouted.statusCode()).isEqualTo(200);
        assertThat(notRouted.body()).contains("id=\"export-error\"").contains("投诉举报记录不报送至市级信用平台");

        var created = session.postForm("/workbench/ingestion/exports", Map.of("_csrf",
                session.csrfToken("/workbench/ingestion/exports"), "destination", "PREFECTURE", "kind", "PENALTY",
                "from", "2021-11", "to", "2021-11", "format", "XLSX"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElse("");
        assertThat(location).contains("from=2021-11").contains("to=2021-11");
        var page = session.get(location.substring(location.indexOf("/workbench")));
        assertThat(page.body()).contains("id=\"exported\"").contains("prefecture-penalty-2021-11_2021-11.xlsx")
                .contains("/api/v1/exports/");
        Matcher download = Pattern.compile("/api/v1/exports/(\\d+)/file").matcher(page.body());
        assertThat(download.find()).isTrue();
        assertThat(session.get("/api/v1/exports/" + download.group(1) + "/file").statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(">2021-11<");
    }

    @Test
    void anAdminRegistersADepartmentAndSeesItsKeyOnceThenRotatesAndRevokesIt() {
        var session = admin();
        var invalid = session.postForm("/workbench/departments", Map.of("_csrf",
                session.csrfToken("/workbench/departments"), "name", "", "code", "123", "kind", "HORIZONTAL"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("名称不能为空").contains("长度应为18位");

        String code = RegistryTestData.creditCode('1');
        String name = "瑞昌市" + RegistryTestData.han(3) + "局";
        var registered = session.postForm("/workbench/departments", Map.of("_csrf",
                session.csrfToken("/workbench/departments"), "name", name, "code", code, "kind", "HORIZONTAL",
                "recordKinds", "LICENCE", "_recordKinds", "on"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(registered.body()).contains("此密钥仅显示这一次").contains(name).contains("已登记");
        Matcher key = API_KEY.matcher(registered.body());
        assertThat(key.find()).isTrue();
        String apiKey = key.group(1);
        assertThat(http().apiKey(apiKey).get("/api/v1/ingest/batches").statusCode()).isEqualTo(200);

        var list = session.get("/workbench/departments");
        assertThat(list.body()).contains(name).contains(code).doesNotContain(apiKey).contains("行政许可");
        JsonNode department = null;
        for (JsonNode d : Json.parse(adminApi().get("/api/v1/departments").body()).get("items")) {
            if (d.get("code").asString().equals(code)) {
                department = d;
            }
        }
        assertThat(department).isNotNull();
        assertThat(department.get("recordKinds").toString()).isEqualTo("[\"LICENCE\"]");
        assertThat(list.body()).contains(department.get("apiKeyPrefix").asString());
        long id = department.get("id").asLong();

        var rotated = session.postForm("/workbench/departments/" + id + "/key-rotation",
                Map.of("_csrf", session.csrfToken("/workbench/departments")));
        assertThat(rotated.statusCode()).isEqualTo(200);
        Matcher newKey = API_KEY.matcher(rotated.body());
        assertThat(newKey.find()).isTrue();
        assertThat(rotated.body()).contains("原密钥已失效");
        assertThat(http().apiKey(apiKey).get("/api/v1/ingest/batches").statusCode()).isEqualTo(401);
        assertThat(http().apiKey(newKey.group(1)).get("/api/v1/ingest/batches").statusCode()).isEqualTo(200);

        var revoked = session.postForm("/workbench/departments/" + id + "/key-revocation",
                Map.of("_csrf", session.csrfToken("/workbench/departments")));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(session.get("/workbench/departments").body()).contains("已吊销" + name + "的接口密钥");
        assertThat(http().apiKey(newKey.group(1)).get("/api/v1/ingest/batches").statusCode()).isEqualTo(401);

        var officer = officer();
        var refused = officer.postForm("/workbench/departments/" + id + "/key-rotation",
                Map.of("_csrf", officer.csrfToken("/workbench/departments")));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aMissingBatchOrEntityIsAFriendlyPage() {
        var session = officer();
        var batch = session.get("/workbench/ingestion/batches/99999999");
        assertThat(batch.statusCode()).isEqualTo(404);
        assertThat(batch.body()).contains("错误代码 404").contains("不存在。");
        var file = session.get("/workbench/entities/" + RegistryTestData.creditCode('1') + "/credit-file");
        assertThat(file.statusCode()).isEqualTo(404);
        assertThat(file.body()).contains("错误代码 404");
    }
}
