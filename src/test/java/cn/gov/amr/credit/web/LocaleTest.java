package cn.gov.amr.credit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

/** Chinese whatever the browser says; ?lang=en switches and a cookie remembers it. */
class LocaleTest extends PlatformIntegrationTest {

    @Test
    void thePortalHomeIsChineseEvenForAnEnglishBrowser() {
        var response = http().get("/", "Accept-Language", "en-US,en;q=0.9");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("企业信用信息查询").contains("lang=\"zh-CN\"");
    }

    @Test
    void langEnSwitchesToEnglishAndACookieRemembersIt() {
        var client = http();
        var english = client.get("/?lang=en");
        assertThat(english.body()).contains("Enterprise credit information search").doesNotContain("企业信用信息查询");
        assertThat(client.cookie("credit-lang")).isEqualTo("en");
        assertThat(client.get("/").body()).contains("Enterprise credit information search");
        assertThat(client.get("/?lang=zh-CN").body()).contains("企业信用信息查询");
    }

    @Test
    void apiProblemsFollowTheChosenLanguage() {
        var chinese = http().get("/api/v1/users");
        assertThat(chinese.body()).contains("需要身份认证");
        var english = http().cookie("credit-lang", "en").get("/api/v1/users");
        assertThat(english.body()).contains("Unauthorized");
    }

    @Test
    void thePortalWorksOnAPhoneWidthScreen() {
        var body = http().get("/").body();
        assertThat(body).contains("name=\"viewport\"").contains("width=device-width");
        assertThat(http().get("/css/app.css").body()).contains("@media (max-width: 600px)");
    }
}
