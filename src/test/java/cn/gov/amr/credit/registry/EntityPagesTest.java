package cn.gov.amr.credit.registry;

import static cn.gov.amr.credit.registry.RegistryTestData.creditCode;
import static cn.gov.amr.credit.registry.RegistryTestData.entity;
import static cn.gov.amr.credit.registry.RegistryTestData.fullEntity;
import static cn.gov.amr.credit.registry.RegistryTestData.han;
import static cn.gov.amr.credit.registry.RegistryTestData.json;
import static cn.gov.amr.credit.registry.RegistryTestData.masked;
import static cn.gov.amr.credit.registry.RegistryTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The officers' pages of the register: list and search, detail with history and reveal, create and edit forms. */
class EntityPagesTest extends PlatformIntegrationTest {

    @Autowired
    UserAccounts accounts;

    private TestHttp signedIn(String user, String password) {
        var session = http();
        assertThat(session.signIn(user, password).statusCode()).isEqualTo(302);
        return session;
    }

    private TestHttp admin() {
        return signedIn("admin", ADMIN_PASSWORD);
    }

    private TestHttp officer() {
        return signedIn(Fixtures.user(accounts, Role.OFFICER), Fixtures.PASSWORD);
    }

    private TestHttp reviewer() {
        return signedIn(Fixtures.user(accounts, Role.REVIEWER), Fixtures.PASSWORD);
    }

    private void createByApi(Map<String, Object> body) {
        var response = http().basic("admin", ADMIN_PASSWORD).postJson("/api/v1/entities", json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private String storedIdNumber(String code) {
        return jdbc.sql("select coalesce(legal_rep_id_number, '') from registry.entities where code = ?").param(code)
                .query(String.class).single();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The fields of the entity form as a browser posts them, with the session's CSRF token. */
    private static Map<String, String> form(TestHttp session, String formPath, String code, String name) {
        var form = new LinkedHashMap<String, String>();
        form.put("_csrf", session.csrfToken(formPath));
        form.put("version", "0");
        form.put("code", code);
        form.put("name", name);
        form.put("formerNames", "");
        form.put("kind", "ENTERPRISE");
        form.put("status", "ACTIVE");
        form.put("representativeName", "");
        form.put("idType", "");
        form.put("idNumber", "");
        form.put("registrationNumber", "");
        form.put("organisationCode", "");
        form.put("registeredCapital", "");
        form.put("establishedOn", "");
        form.put("authority", "");
        form.put("address", "");
        form.put("town", "");
        form.put("regionCode", "");
        form.put("industryCode", "");
        form.put("businessScope", "");
        form.put("jurisdiction", "PENCHENG");
        return form;
    }

    private static void assertFriendly403(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("错误代码 403").contains(message).doesNotContain("Exception");
    }

    @Test
    void theListShowsACreatedEntityFoundByAFragmentAndFilters() {
        String code = creditCode();
        String part = han(2);
        String name = "己" + part + "贸易有限公司";
        createByApi(entity(code, name, "ENTERPRISE", "PENCHENG"));
        var session = reviewer();

        var list = session.get("/workbench/entities?q=" + enc(part));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(name).contains(code).contains("共 1 户");

        var byCode = session.get("/workbench/entities?q=" + code);
        assertThat(byCode.body()).contains(name);

        var filteredOut = session.get("/workbench/entities?q=" + enc(part) + "&kind=COOPERATIVE");
        assertThat(filteredOut.statusCode()).isEqualTo(200);
        assertThat(filteredOut.body()).doesNotContain(code).contains("没有符合条件的市场主体。");
        var otherJurisdiction = session.get("/workbench/entities?q=" + enc(part) + "&jurisdiction=GUILIN");
        assertThat(otherJurisdiction.body()).doesNotContain(code);
        var sameJurisdiction = session.get("/workbench/entities?q=" + enc(part)
                + "&jurisdiction=PENCHENG&status=ACTIVE&kind=ENTERPRISE");
        assertThat(sameJurisdiction.body()).contains(code);

        var everything = session.get("/workbench/entities");
        assertThat(everything.statusCode()).isEqualTo(200);
        assertThat(everything.body()).contains("市场主体名录").contains("entity-table");
    }

    @Test
    void aOneCharacterQueryIsExplainedOnTheList() {
        var list = reviewer().get("/workbench/entities?q=" + enc("华"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("请至少输入两个字。");
    }

    @Test
    void theDetailShowsTheEntityWithItsHistoryAndTheIdNumberMasked() {
        String code = creditCode();
        String id = residentId();
        String name = han(4) + "有限公司";
        var body = fullEntity(code, name, "PENCHENG", id);
        createByApi(body);
        body.put("address", "新地址" + han(3));
        assertThat(http().basic("admin", ADMIN_PASSWORD).putJson("/api/v1/entities/" + code, json(body)).statusCode())
                .isEqualTo(200);

        var detail = reviewer().get("/workbench/entities/" + code);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains(name).contains(code).contains(masked(id)).doesNotContain(id);
        assertThat(detail.body()).contains("变更记录").contains(">登记<").contains(">变更<").contains(">admin<");
        assertThat(detail.body()).contains(body.get("address").toString());
        assertThat(detail.body()).as("a reviewer may not reveal").doesNotContain("id=\"reveal\"");
    }

    @Test
    void anAdminRevealsTheIdNumberOnTheDetailPageAndTheViewIsAudited() {
        String code = creditCode();
        String id = residentId();
        createByApi(fullEntity(code, han(4) + "公司", "GUILIN", id));
        var session = admin();
        String detailPath = "/workbench/entities/" + code;
        assertThat(session.get(detailPath).body()).contains("id=\"reveal\"").doesNotContain(id);

        var revealed = session.postForm(detailPath + "/reveal", Map.of("_csrf", session.csrfToken(detailPath)));
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(revealed.body()).contains(id).contains("已显示完整证件号码");
        assertThat(jdbc.sql("select count(*) from audit.entries where action = 'PERSONAL_DATA_REVEALED'"
                + " and target = ? and actor = 'admin'").param(code).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReviewerCannotRevealOnThePage() {
        String code = creditCode();
        String id = residentId();
        createByApi(fullEntity(code, han(4) + "公司", "PENCHENG", id));
        var session = reviewer();
        var response = session.postForm("/workbench/entities/" + code + "/reveal",
                Map.of("_csrf", session.csrfToken("/workbench/entities/" + code)));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain(id);
        assertThat(jdbc.sql("select count(*) from audit.entries where action = 'PERSONAL_DATA_REVEALED' and target = ?")
                .param(code).query(Long.class).single()).isZero();
    }

    @Test
    void theCreateFormShowsChineseValidationMessagesAndKeepsTheInput() {
        var session = admin();
        assertThat(session.get("/workbench/entities/new").statusCode()).isEqualTo(200);
        String valid = creditCode();
        String wrong = RegistryTestData.withWrongCheck(valid);
        var form = form(session, "/workbench/entities/new", wrong, " ");
        form.put("representativeName", "赵六");
        form.put("idType", "RESIDENT_ID");
        form.put("idNumber", "110105194912310021");
        form.put("address", "保留的地址");
        var response = session.postForm("/workbench/entities", form);
        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("第18位校验码应为" + valid.charAt(17) + "，实为" + wrong.charAt(17) + "。");
        assertThat(page).contains("第18位校验码应为X，实为1。");
        assertThat(page).contains("此项必填。");
        assertThat(page).contains("value=\"" + wrong + "\"").contains("保留的地址");
        assertThat(http().basic("admin", ADMIN_PASSWORD).get("/api/v1/entities/" + wrong).statusCode()).isEqualTo(404);
    }

    @Test
    void theCreateFormExplainsNumbersAndDatesThatAreNone() {
        var session = admin();
        String code = creditCode();
        var form = form(session, "/workbench/entities/new", code, han(4) + "公司");
        form.put("registeredCapital", "很多");
        form.put("establishedOn", "2020-13-01");
        var response = session.postForm("/workbench/entities", form);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("请填写数字。").contains("日期格式应为 yyyy-MM-dd。");
        assertThat(http().basic("admin", ADMIN_PASSWORD).get("/api/v1/entities/" + code).statusCode()).isEqualTo(404);
    }

    @Test
    void theCreateFormRegistersAnEntityAndShowsIt() {
        var session = officer();
        String code = creditCode();
        String id = residentId();
        String name = han(4) + "有限公司";
        var form = form(session, "/workbench/entities/new", code, name);
        form.put("representativeName", "钱七");
        form.put("idType", "RESIDENT_ID");
        form.put("idNumber", id);
        form.put("formerNames", "旧名甲\n旧名乙");
        form.put("registeredCapital", "30.5");
        form.put("establishedOn", "2019-03-15");
        var response = session.postForm("/workbench/entities", form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/workbench/entities/" + code);

        var detail = session.get("/workbench/entities/" + code);
        assertThat(detail.body()).contains(name).contains("已保存。").contains(masked(id)).doesNotContain(id);
        assertThat(storedIdNumber(code)).isEqualTo(id);
        var entity = Json.parse(http().basic("admin", ADMIN_PASSWORD).get("/api/v1/entities/" + code).body());
        assertThat(entity.get("formerNames").size()).isEqualTo(2);
        assertThat(entity.get("createdBy").asString()).isEqualTo("officer-fixture");
        assertThat(entity.get("establishedOn").asString()).isEqualTo("2019-03-15");
    }

    @Test
    void aDuplicateCodeIsExplainedOnTheForm() {
        String code = creditCode();
        createByApi(entity(code, han(4) + "公司", "ENTERPRISE", "PENCHENG"));
        var session = admin();
        var response = session.postForm("/workbench/entities", form(session, "/workbench/entities/new", code,
                han(4) + "公司"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("统一社会信用代码 " + code + " 的市场主体已存在。");
    }

    @Test
    void anOfficerEditsAnEntityOfItsJurisdictionAndTheStoredIdNumberIsKept() {
        String code = creditCode();
        String id = residentId();
        createByApi(fullEntity(code, han(4) + "公司", "PENCHENG", id));
        var session = officer();
        String editPath = "/workbench/entities/" + code + "/edit";
        var edit = session.get(editPath);
        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(edit.body()).contains(masked(id)).doesNotContain(id);

        String newName = han(4) + "新公司";
        var form = form(session, editPath, code, newName);
        form.put("version", "1");
        form.put("representativeName", "孙八");
        form.put("idType", "RESIDENT_ID");
        form.put("idNumber", masked(id));
        var saved = session.postForm("/workbench/entities/" + code, form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/workbench/entities/" + code);

        assertThat(storedIdNumber(code)).isEqualTo(id);
        var entity = Json.parse(http().basic("admin", ADMIN_PASSWORD).get("/api/v1/entities/" + code).body());
        assertThat(entity.get("name").asString()).isEqualTo(newName);
        assertThat(entity.get("updatedBy").asString()).isEqualTo("officer-fixture");
        assertThat(entity.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aStaleEditFormIsExplainedInChinese() {
        String code = creditCode();
        createByApi(entity(code, han(4) + "公司", "ENTERPRISE", "PENCHENG"));
        var session = officer();
        String editPath = "/workbench/entities/" + code + "/edit";
        var form = form(session, editPath, code, han(4) + "公司");
        form.put("version", "7");
        var response = session.postForm("/workbench/entities/" + code, form);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("数据已被他人修改（当前版本 1）");
    }

    @Test
    void anOfficerGetsAFriendly403PageForAnEntityOfAnotherJurisdiction() {
        String code = creditCode();
        String name = han(4) + "公司";
        createByApi(entity(code, name, "ENTERPRISE", "GUILIN"));
        var session = officer();
        assertThat(session.get("/workbench/entities/" + code).statusCode()).as("reading is fine").isEqualTo(200);

        assertFriendly403(session.get("/workbench/entities/" + code + "/edit"), "只能修改本辖区");

        var form = form(session, "/workbench/entities/" + code, code, han(4) + "公司");
        form.put("version", "1");
        form.put("jurisdiction", "GUILIN");
        assertFriendly403(session.postForm("/workbench/entities/" + code, form), "只能修改本辖区");
        var entity = Json.parse(http().basic("admin", ADMIN_PASSWORD).get("/api/v1/entities/" + code).body());
        assertThat(entity.get("name").asString()).isEqualTo(name);
        assertThat(entity.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anOfficerCannotRegisterInAnotherJurisdictionThroughTheForm() {
        var session = officer();
        String code = creditCode();
        var form = form(session, "/workbench/entities/new", code, han(4) + "公司");
        form.put("jurisdiction", "GUILIN");
        assertFriendly403(session.postForm("/workbench/entities", form), "不在您的辖区内");
        assertThat(http().basic("admin", ADMIN_PASSWORD).get("/api/v1/entities/" + code).statusCode()).isEqualTo(404);
    }

    @Test
    void aReviewerHasNoFormsAndNoEditLink() {
        String code = creditCode();
        createByApi(entity(code, han(4) + "公司", "ENTERPRISE", "PENCHENG"));
        var session = reviewer();
        assertThat(session.get("/workbench/entities/new").statusCode()).isEqualTo(403);
        assertThat(session.get("/workbench/entities/" + code + "/edit").statusCode()).isEqualTo(403);
        assertThat(session.get("/workbench/entities/" + code).body()).doesNotContain("id=\"edit\"");
    }

    @Test
    void everyFieldMessageOfTheFormIsShown() {
        var session = admin();
        var form = form(session, "/workbench/entities/new", creditCode(), han(4) + "公司");
        form.put("businessScope", "营".repeat(4001));
        var response = session.postForm("/workbench/entities", form);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("最多4,000个字。");
    }
}
