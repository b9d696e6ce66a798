package cn.gov.amr.credit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.gov.amr.credit.support.Browser;
import cn.gov.amr.credit.support.BrowserTest;
import cn.gov.amr.credit.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An officer in headless Chromium finds an entity by a two-character fragment, opens it and edits it. */
class EntityBrowserTest extends BrowserTest {

    @Test
    void anAdminFindsAnEntityByTwoCharactersAndCorrectsItsAddress() throws Exception {
        String first17 = "91360481MA" + String.format("%07d", System.nanoTime() % 10_000_000).replace('0', '3');
        String code = first17 + CreditCode.checkCharacterFor(first17);
        var created = http().basic("admin", ADMIN_PASSWORD).postJson("/api/v1/entities", """
                {"code":"%s","name":"瑞昌市翡翠湖浏览器测试有限公司","kind":"ENTERPRISE","jurisdiction":"PENCHENG",
                 "legalRepresentative":{"name":"周测试","idType":"RESIDENT_ID","idNumber":"11010519491231002X"}}"""
                .formatted(code));
        assertThat(created.statusCode()).isEqualTo(201);

        open(1280, 1000);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        var form = browser.findElement(By.id("login-form"));
        browser.findElement(By.id("sign-in")).click();
        wait.until(Browser.gone(form));

        browser.findElement(By.id("tile-registry")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entity-search")));
        browser.findElement(By.id("q")).sendKeys("翡翠");
        var search = browser.findElement(By.id("entity-search"));
        search.submit();
        wait.until(Browser.gone(search));
        assertThat(browser.findElement(By.id("entity-table")).getText()).contains("瑞昌市翡翠湖浏览器测试有限公司");
        assertThat(browser.getPageSource()).doesNotContain("11010519491231002X");

        browser.findElement(By.linkText("瑞昌市翡翠湖浏览器测试有限公司")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entity-name")));
        assertThat(browser.findElement(By.id("id-number")).getText()).isEqualTo("110105********002X");

        browser.findElement(By.id("edit")).click();
        var address = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("address")));
        address.clear();
        address.sendKeys("瑞昌市湓城街道人民路1号");
        var establishedOn = browser.findElement(By.id("establishedOn"));
        browser.executeScript("arguments[0].value = '2099-01-01';", establishedOn);
        var entityForm = browser.findElement(By.id("entity-form"));
        browser.findElement(By.id("save")).click();
        wait.until(Browser.gone(entityForm));
        assertThat(browser.getPageSource()).contains("日期须在1949年之后且不晚于今天");

        browser.executeScript("arguments[0].value = '2012-05-20';", browser.findElement(By.id("establishedOn")));
        entityForm = browser.findElement(By.id("entity-form"));
        browser.findElement(By.id("save")).click();
        wait.until(Browser.gone(entityForm));
        assertThat(browser.findElement(By.cssSelector(".alert.ok")).getText()).contains("已保存");
        assertThat(browser.findElement(By.id("history")).getText()).contains("人民路1号").contains("admin");

        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(shots.resolve("entity-detail.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
