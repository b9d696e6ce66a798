package cn.gov.amr.credit.disclosure.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import cn.gov.amr.credit.platform.JobOutcome;
import cn.gov.amr.credit.platform.Jobs;
import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.JobRunner;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A printed report carries a verification code under which anyone can see it as issued. Issuing is
 * deliberate (a POST from the print view), the same content issued again the same day keeps its code,
 * and issued reports are kept for a limited time.
 */
class IssuedReportTest extends PlatformIntegrationTest {

    private static final Pattern CODE = Pattern.compile("/api/v1/public/reports/([2-9A-Z]{16})");

    @Autowired
    IssuedReportRetention retention;

    @Autowired
    IssuedReportSettings settings;

    @Autowired
    Jobs jobs;

    private String entity(String name) {
        String code = RegistryTestData.creditCode('1');
        var body = RegistryTestData.fullEntity(code, "瑞昌" + RegistryTestData.han(4) + name, "PENCHENG",
                RegistryTestData.residentId());
        assertThat(http().basic("admin", ADMIN_PASSWORD).postJson("/api/v1/entities", RegistryTestData.json(body))
                .statusCode()).isEqualTo(201);
        return code;
    }

    private long stored(String code) {
        return jdbc.sql("select count(*) from disclosure.issued_reports where entity_code = ?").param(code)
                .query(Long.class).single();
    }

    /** Presses the print view's button; answers the verification code on the page. */
    private static String issue(TestHttp person, String code) {
        String path = "/report/" + code + "/print";
        var page = person.postForm(path, Map.of("_csrf", person.csrfToken(path)));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        var matcher = CODE.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        return matcher.group(1);
    }

    @Test
    void openingThePrintViewStoresNothing() {
        String code = entity("打印视图测试有限公司");
        for (int i = 0; i < 5; i++) {
            var page = http().get("/report/" + code + "/print");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"issue-form\"").contains("出具带验证码的报告")
                    .doesNotContain("/api/v1/public/reports/");
        }
        assertThat(stored(code)).isZero();
    }

    @Test
    void issuingTheSameReportTwiceTheSameDayGivesOneCodeAndStoresOneReport() {
        String code = entity("重复出具测试有限公司");
        String first = issue(http(), code);
        String second = issue(http(), code);
        assertThat(second).isEqualTo(first);
        assertThat(stored(code)).isEqualTo(1);
    }

    @Test
    void issuingWithoutTheFormsTokenIsRefused() {
        String code = entity("跨站出具测试有限公司");
        var person = http();
        person.get("/report/" + code + "/print");
        assertThat(person.postForm("/report/" + code + "/print", Map.of()).statusCode()).isEqualTo(403);
        assertThat(stored(code)).isZero();
    }

    @Test
    void anIssuedReportCanBeVerifiedAndATamperedOneCannot() {
        String code = entity("验真测试有限公司");
        String verification = issue(http(), code);

        var verified = http().get("/api/v1/public/reports/" + verification.toLowerCase());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        JsonNode issued = Json.parse(verified.body());
        assertThat(issued.get("entityCode").asString()).isEqualTo(code);
        assertThat(issued.get("sha256").asString()).hasSize(64);
        assertThat(issued.get("report").get("entity").get("code").asString()).isEqualTo(code);
        assertThat(issued.get("report").has("penalties")).isTrue();

        jdbc.sql("update disclosure.issued_reports set content = replace(content, ?, ?) where verification_code = ?")
                .params(code, "914403001922038216", verification).update();
        assertThat(http().get("/api/v1/public/reports/" + verification).statusCode()).isEqualTo(404);
        assertThat(http().get("/api/v1/public/reports/AAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
    }

    @Test
    void theDailyJobDeletesReportsIssuedBeforeTheDaysKeptAndKeepsLaterOnes() {
        String old = issue(http(), entity("过期报告测试有限公司"));
        String recent = issue(http(), entity("保留报告测试有限公司"));
        jdbc.sql("update disclosure.issued_reports set issued_at = ? where verification_code = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(settings.keepDays() + 2))), old)
                .update();

        var run = JobRunner.runNow(jobs, IssuedReportRetention.JOB, Duration.ofSeconds(30));
        assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(run.summary()).matches("deleted=[1-9]\\d*");
        assertThat(retention.deleteExpired()).as("nothing left to delete").isZero();

        assertThat(http().get("/api/v1/public/reports/" + old).statusCode()).isEqualTo(404);
        assertThat(http().get("/api/v1/public/reports/" + recent).statusCode()).isEqualTo(200);
        assertThat(settings.keepDays()).as("default: two years").isEqualTo(730);
    }
}
