package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

/** The public search and report pages, without signing in. */
class PublicPagesTest extends PlatformIntegrationTest {

    @Test
    void aFragmentFindsTheEntityAndItsReportOpensInChineseAndEnglish() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String code = RegistryTestData.creditCode('1');
        String fragment = RegistryTestData.han(2);
        String idNumber = RegistryTestData.residentId();
        var body = RegistryTestData.fullEntity(code, "瑞昌" + fragment + "页面测试有限公司", "PENCHENG", idNumber);
        assertThat(admin.postJson("/api/v1/entities", RegistryTestData.json(body)).statusCode()).isEqualTo(201);

        var search = http().get("/search?q=" + URLEncoder.encode(fragment + "页面", StandardCharsets.UTF_8));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("/report/" + code).contains("存续");

        var report = http().get("/report/" + code);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("基础信息").contains("行政处罚").contains("严重违法失信名单")
                .doesNotContain(idNumber);
        var english = http().get("/report/" + code + "?lang=en");
        assertThat(english.body()).contains("Basic information").contains("Administrative penalties");
    }

    @Test
    void anIndividualBusinessReportHasTheAbnormalStateSectionUnderItsOwnHeading() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String code = RegistryTestData.creditCode('2');
        var body = RegistryTestData.entity(code, "瑞昌市" + RegistryTestData.han(3) + "小吃店", "INDIVIDUAL_BUSINESS",
                "PENCHENG");
        var created = admin.postJson("/api/v1/entities", RegistryTestData.json(body));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        String page = http().get("/report/" + code).body();
        assertThat(page).contains("id=\"penalties\"").contains("id=\"annualReports\"")
                .contains("id=\"abnormalListings\"").contains("经营异常状态")
                .contains("id=\"seriousDishonestListings\"");
        var json = cn.gov.amr.credit.support.Json.parse(http().get("/api/v1/public/entities/" + code).body());
        assertThat(json.has("abnormalListings")).as("the API keeps every array").isTrue();
        assertThat(json.has("seriousDishonestListings")).isTrue();
    }

    @Test
    void theOpenDataPageListsTheFilesTheirColumnsAndTheFeed() {
        var page = http().get("/open-data");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("开放数据").contains("entities.csv").contains("penalties.csv")
                .contains("publicUntil").contains("/api/v1/public/changes?since=");
        assertThat(http().get("/?lang=en").body()).contains("href=\"/open-data\"");
    }

    @Test
    void aOneCharacterQueryIsAnsweredOnThePage() {
        var response = http().get("/search?q=" + URLEncoder.encode("瑞", StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("至少两个字");
    }

    @Test
    void anUnknownEntitysReportIsAFriendlyNotFoundPage() {
        var response = http().get("/report/914403001922038216");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html");
    }
}
