package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Browser;
import cn.gov.amr.credit.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen on a phone searches two characters, opens the report, switches to English, opens the print
 * view, issues the report with a verification code (which then verifies) and prints it.
 */
class PublicBrowserTest extends BrowserTest {

    @Test
    void searchOpenReportSwitchToEnglishIssueAndPrint() throws Exception {
        String code = RegistryTestData.creditCode('1');
        String name = "瑞昌市琥珀湾公示浏览器测试有限公司";
        String idNumber = RegistryTestData.residentId();
        var created = http().basic("admin", ADMIN_PASSWORD).postJson("/api/v1/entities",
                RegistryTestData.json(RegistryTestData.fullEntity(code, name, "PENCHENG", idNumber)));
        assertThat(created.statusCode()).isEqualTo(201);

        open(390, 844);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("q")).sendKeys("琥珀");
        var form = browser.findElement(By.cssSelector("form.search"));
        form.submit();
        wait.until(Browser.gone(form));
        browser.findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(code).contains("基础信息")
                .contains("行政处罚");
        assertThat(browser.getPageSource()).doesNotContain(idNumber);

        var switcher = browser.findElement(By.cssSelector("a.lang"));
        switcher.click();
        wait.until(Browser.gone(switcher));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Basic information")
                .contains("Administrative penalties");

        var print = browser.findElement(By.id("print-link"));
        print.click();
        wait.until(Browser.gone(print));
        assertThat(browser.findElements(By.id("issued"))).as("opening the print view issues nothing").isEmpty();
        var issue = browser.findElement(By.id("issue-report"));
        assertThat(issue.getText()).isEqualTo("Issue the report with a verification code");
        issue.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issued")));
        String issued = browser.findElement(By.id("issued")).getText();
        var verification = java.util.regex.Pattern.compile("[2-9A-HJKMNP-Z]{16}").matcher(issued);
        assertThat(verification.find()).as(issued).isTrue();
        var verified = http().get("/api/v1/public/reports/" + verification.group());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(verified.body()).contains(code);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.tagName("header")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("issued")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("print-now")).isDisplayed()).as("buttons do not print").isFalse();
        assertThat(issued).containsPattern("[2-9A-HJKMNP-Z]{16}");
    }

    @Test
    void aPersonObjectsFromThePhoneAndGetsANumber() throws Exception {
        String code = RegistryTestData.creditCode('1');
        String name = "瑞昌市玳瑁湾异议浏览器测试有限公司";
        var created = http().basic("admin", ADMIN_PASSWORD).postJson("/api/v1/entities",
                RegistryTestData.json(RegistryTestData.fullEntity(code, name, "PENCHENG", RegistryTestData.residentId())));
        assertThat(created.statusCode()).isEqualTo(201);

        open(390, 844);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get("http://localhost:" + port + "/report/" + code);
        var link = browser.findElement(By.id("object-entity"));
        link.click();
        wait.until(Browser.gone(link));
        browser.findElement(By.id("reason")).sendKeys("登记住所已变更，报告中的住所有误。");
        browser.findElement(By.id("contact")).sendKeys("someone@example.com");
        var submit = browser.findElement(By.id("submit-objection"));
        submit.click();
        wait.until(Browser.gone(submit));
        assertThat(browser.findElement(By.id("objection-raised")).getText()).containsPattern("编号 \\d+");
    }
}
