package cn.gov.amr.credit.lists.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.support.Browser;
import cn.gov.amr.credit.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator in headless Chromium, on a phone-sized window, opens the lists from the workbench tile
 * and the statistics page: ECharts (served by the platform, under the CSP) draws every chart as SVG, and
 * the table of the same figures stands beside each chart.
 */
class ListStatisticsPageBrowserTest extends BrowserTest {

    @Test
    void theStatisticsPageDrawsItsChartsAndShowsTheirTablesOnAPhone() throws Exception {
        listSomething();
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        open(390, 844);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        var login = browser.findElement(By.id("login-form"));
        browser.findElement(By.id("sign-in")).click();
        wait.until(Browser.gone(login));

        var tile = browser.findElement(By.id("tile-lists"));
        tile.click();
        wait.until(Browser.gone(tile));
        var tab = browser.findElement(By.id("nav-statistics"));
        tab.click();
        wait.until(Browser.gone(tab));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-month [data-drawn=true]")));
        browser.executeScript("document.getElementById('chart-month').scrollIntoView()");
        Files.write(shots.resolve("list-statistics-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                .as("nothing wider than the phone").isLessThanOrEqualTo((int) viewport);
        for (String chart : new String[] {"chart-month", "chart-kind", "chart-ground", "chart-jurisdiction"}) {
            var figure = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(chart)));
            assertThat(figure.findElements(By.cssSelector("table.data thead th"))).as(chart).hasSize(3);
            var canvas = figure.findElements(By.cssSelector(".chart-canvas"));
            if (!canvas.isEmpty()) {
                wait.until(d -> "true".equals(canvas.get(0).getDomAttribute("data-drawn")));
                assertThat(canvas.get(0).findElements(By.cssSelector("svg"))).as(chart + " is drawn").isNotEmpty();
                assertThat(canvas.get(0).getSize().getWidth()).as("fits the phone's width").isLessThanOrEqualTo((int) viewport);
            }
        }
        var month = browser.findElement(By.id("chart-month"));
        assertThat(month.findElements(By.cssSelector(".chart-canvas svg"))).as("the month chart is drawn").isNotEmpty();
        assertThat(month.findElements(By.cssSelector("tbody tr"))).as("a row per month").hasSize(12);
        var errors = browser.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().contains("favicon.ico")).toList();
        assertThat(errors).as("no script error, nothing refused by the CSP").isEmpty();

        browser.get(url("/workbench/lists?ground=FALSE_INFORMATION"));
        Files.write(shots.resolve("abnormal-list-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
        var first = browser.findElement(By.cssSelector("#listing-table tbody a"));
        first.click();
        wait.until(Browser.gone(first));
        Files.write(shots.resolve("listing-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
        var document = browser.findElement(By.id("decision-document"));
        document.click();
        wait.until(Browser.gone(document));
        assertThat(browser.findElement(By.id("doc-body")).getText()).contains("公示企业信息隐瞒真实情况、弄虚作假");
        Files.write(shots.resolve("decision-document-phone.png"), browser.getScreenshotAs(OutputType.BYTES));

    }

    /** One abnormal listing this year (through the API), so that the statistics have figures. */
    private void listSomething() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String code = RegistryTestData.creditCode();
        var entity = admin.postJson("/api/v1/entities", RegistryTestData.json(RegistryTestData.fullEntity(code,
                "瑞昌市" + RegistryTestData.han(3) + "有限公司", "MATOU", RegistryTestData.residentId())));
        assertThat(entity.statusCode()).as(entity.body()).isEqualTo(201);
        var listed = admin.postJson("/api/v1/lists/abnormal", RegistryTestData.json(java.util.Map.of("code", code,
                "ground", "FALSE_INFORMATION", "decidedOn", LegalTime.today(java.time.Clock.systemUTC()).toString(),
                "documentNumber", "瑞市监异〔2026〕" + RegistryTestData.han(2) + "号")));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
    }
}
