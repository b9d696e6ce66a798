package cn.gov.amr.credit.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages (installed
 * by test.sh). Selenium is pointed at the driver explicitly so that it never tries to download one.
 */
public final class Browser {

    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final String BINARY = "/usr/bin/chromium";

    private Browser() {
    }

    /**
     * Waits until the element has left the page (after a navigation). Like Selenium's staleness
     * condition, but Chromium sometimes answers a race with "node does not belong to the document"
     * instead of a stale-element error: that means gone too.
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
            }
        };
    }

    /** A new headless browser with a fresh profile; the caller quits it. */
    public static ChromeDriver start(int width, int height) throws IOException {
        if (!DRIVER.canExecute() || !new File(BINARY).canExecute()) {
            throw new IllegalStateException("Chromium is missing: run ./test.sh, which installs chromium and chromium-driver");
        }
        Path profile = Files.createTempDirectory("chromium-profile-");
        var options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=en-US");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
