package cn.gov.amr.credit.ingestion;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Browser;
import cn.gov.amr.credit.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator in headless Chromium uploads a CSV through the form, watches the batch page's
 * progress bar (polled by batch-progress.js) reach completion, and finds the record in the entity's
 * credit file.
 */
class IngestionBrowserTest extends BrowserTest {

    @Test
    void anAdminUploadsAFileSeesItCompleteAndFindsTheRecordInTheCreditFile() throws Exception {
        var api = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(api, "PENALTY");
        String[] entity = IngestionTestData.entity(api);
        String document = "瑞市监罚〔2022〕" + RegistryTestData.han(2) + "12号";
        var bad = penalty(entity[0], entity[1], document + "之二");
        bad.put("decisionDate", "2022-13-01");
        Path file = Files.createTempFile("penalties-", ".csv");
        Files.write(file, IngestionPagesTest.csv(List.of(penalty(entity[0], entity[1], document), bad)));

        open(1280, 1000);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        var login = browser.findElement(By.id("login-form"));
        browser.findElement(By.id("sign-in")).click();
        wait.until(Browser.gone(login));

        browser.findElement(By.id("tile-ingestion")).click();
        var form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-form")));
        new Select(browser.findElement(By.id("upload-department"))).selectByValue(department[0]);
        new Select(browser.findElement(By.id("upload-kind"))).selectByValue("PENALTY");
        browser.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();
        wait.until(Browser.gone(form));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-progress")));
        // The test never reloads: while the batch is queued or running, the script polls its JSON and
        // reloads the page once it is done; data-status is the server's, so it says COMPLETED only then.
        wait.until(d -> "COMPLETED".equals(d.findElement(By.id("batch-progress")).getDomAttribute("data-status"))
                && d.findElement(By.id("batch-status")).getText().equals("已完成")
                && d.findElements(By.id("error-table")).size() == 1);
        assertThat(browser.findElement(By.id("batch-bar")).getDomProperty("value")).isEqualTo("1");
        assertThat(browser.findElement(By.id("batch-percent")).getText()).isEqualTo("100.0%");
        assertThat(browser.findElement(By.cssSelector("[data-count=rows]")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("[data-count=accepted]")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("[data-count=quarantined]")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("error-table")).getText()).contains("处罚决定日期");
        assertThat(browser.findElements(By.cssSelector("a.correct-link"))).hasSize(1);

        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(shots.resolve("ingestion-batch.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get("http://localhost:" + port + "/workbench/entities/" + entity[0]);
        var detail = browser.findElement(By.id("credit-file-link"));
        detail.click();
        wait.until(Browser.gone(detail));
        var timeline = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(timeline.getText()).contains(document).contains("行政处罚");
        var summary = timeline.findElement(By.cssSelector("details summary"));
        summary.click();
        assertThat(timeline.findElement(By.cssSelector("details dl")).getText()).contains("行政处罚决定书文号")
                .contains(document);
        Files.write(shots.resolve("credit-file.png"), browser.getScreenshotAs(OutputType.BYTES));
        Files.deleteIfExists(file);
    }
}
