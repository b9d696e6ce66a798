package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A printed report carries a verification code under which anyone can see it as issued. */
class IssuedReportTest extends PlatformIntegrationTest {

    private static final Pattern CODE = Pattern.compile("/api/v1/public/reports/([2-9A-Z]{16})");

    @Test
    void aPrintedReportCanBeVerifiedAndATamperedOneCannot() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String code = RegistryTestData.creditCode('1');
        var body = RegistryTestData.fullEntity(code, "瑞昌" + RegistryTestData.han(4) + "验真测试有限公司", "PENCHENG",
                RegistryTestData.residentId());
        assertThat(admin.postJson("/api/v1/entities", RegistryTestData.json(body)).statusCode()).isEqualTo(201);

        var page = http().get("/report/" + code + "/print");
        assertThat(page.statusCode()).isEqualTo(200);
        var matcher = CODE.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        String verification = matcher.group(1);

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
}
