package cn.gov.amr.credit.classification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.classification.model.RiskModels;
import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Browser;
import cn.gov.amr.credit.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator in headless Chromium on a 375 px phone opens the classification from the workbench
 * tile and its statistics: ECharts draws the stacked bars per group, the totals and the changes per month
 * as SVG, each beside the table of its figures; then every classification page (the home, the models,
 * a model, the new draft, an entity's risk) fits the phone's width; a full reclassification started from
 * the home shows its progress bar until it is done; no script error.
 */
class ClassificationStatisticsPageBrowserTest extends BrowserTest {

    private static final int PHONE = 375;

    @Autowired
    RiskClassification classification;

    @Autowired
    RiskModels models;

    @Test
    void theStatisticsPageDrawsItsChartsAndShowsTheirTablesAndEveryPageFitsAPhone() throws Exception {
        String code = classifiedEntity();
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        open(PHONE, 812);
        // headless Chromium keeps a window at least 500 px wide: emulate the phone's screen itself
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", PHONE,
                "height", 812, "deviceScaleFactor", 1, "mobile", true));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        var login = browser.findElement(By.id("login-form"));
        browser.findElement(By.id("sign-in")).click();
        wait.until(Browser.gone(login));

        var tile = browser.findElement(By.id("tile-classification"));
        tile.click();
        wait.until(Browser.gone(tile));
        var tab = browser.findElement(By.id("nav-statistics"));
        tab.click();
        wait.until(Browser.gone(tab));

        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertThat(viewport).as("a phone's width").isLessThanOrEqualTo(PHONE);
        for (String chart : new String[] {"chart-groups", "chart-totals", "chart-months"}) {
            var figure = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(chart)));
            assertThat(figure.findElements(By.cssSelector("table.data"))).as(chart + " has its table").isNotEmpty();
            var canvas = figure.findElement(By.cssSelector(".chart-canvas"));
            wait.until(d -> "true".equals(canvas.getDomAttribute("data-drawn")));
            assertThat(canvas.findElements(By.cssSelector("svg"))).as(chart + " is drawn").isNotEmpty();
            assertThat(canvas.getSize().getWidth()).as("fits the phone").isLessThanOrEqualTo((int) viewport);
        }
        var totals = browser.findElement(By.id("chart-totals-table"));
        assertThat(totals.findElements(By.cssSelector("tbody tr")).size()).as("a row per class").isGreaterThanOrEqualTo(4);
        browser.executeScript("document.getElementById('chart-groups').scrollIntoView()");
        Path shot = shots.resolve("classification-statistics-phone.png");
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        fitsThePhone("statistics");

        for (String page : List.of("/workbench/classification", "/workbench/classification/models",
                "/workbench/classification/models/" + models.active().id(), "/workbench/classification/models/new",
                "/workbench/entities/" + code + "/risk", "/workbench/entities/" + code)) {
            browser.get(url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
            fitsThePhone(page);
            browser.executeScript("var p = document.getElementById('panel-classification'); if (p) { p.scrollIntoView(); }");
            Files.write(shots.resolve("classification" + page.replaceAll("[^a-z0-9]+", "-") + "-phone.png"),
                    browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.get(url("/workbench/classification"));
        var start = browser.findElement(By.id("start-full-run"));
        start.click();
        wait.until(Browser.gone(start));
        assertThat(browser.findElement(By.id("run-progress")).getDomAttribute("data-url"))
                .as("the bar polls the run's JSON").startsWith("/api/v1/classification/runs/");
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#run-status.badge-done")));
        assertThat(browser.findElement(By.id("run-percent")).getText()).isEqualTo("100%");
        browser.executeScript("document.getElementById('run-progress').scrollIntoView()");
        Files.write(shots.resolve("classification-full-run-phone.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get(url("/workbench/entities/" + code + "/risk"));
        assertThat(browser.findElement(By.id("risk-lines")).getText()).contains("+25");
        var errors = browser.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().contains("favicon.ico")).toList();
        assertThat(errors).as("no script error, nothing refused by the CSP").isEmpty();
    }

    private void fitsThePhone(String page) {
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                .as("%s: nothing wider than the phone", page).isLessThanOrEqualTo((int) viewport);
    }

    /** An enterprise on the abnormal list, classified. */
    private String classifiedEntity() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String code = RegistryTestData.creditCode();
        var entity = admin.postJson("/api/v1/entities", RegistryTestData.json(RegistryTestData.fullEntity(code,
                "瑞昌市" + RegistryTestData.han(3) + "有限公司", "MATOU", RegistryTestData.residentId())));
        assertThat(entity.statusCode()).as(entity.body()).isEqualTo(201);
        var today = cn.gov.amr.credit.shared.LegalTime.today(java.time.Clock.systemUTC());
        var listed = admin.postJson("/api/v1/lists/abnormal", RegistryTestData.json(java.util.Map.of("code", code,
                "ground", "FALSE_INFORMATION", "decidedOn", today.toString(),
                "documentNumber", "瑞市监异〔" + today.getYear() + "〕" + RegistryTestData.han(2) + "号")));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
        classification.reclassify(List.of(code));
        return code;
    }
}
