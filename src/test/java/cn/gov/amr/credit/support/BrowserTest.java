package cn.gov.amr.credit.support;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;

/** Base of the tests that drive the platform in headless Chromium: a browser per test, quit after it. */
public abstract class BrowserTest extends PlatformIntegrationTest {

    protected ChromeDriver browser;

    /** Opens the test's browser with a window of the given size (a phone: 390 × 844). */
    protected ChromeDriver open(int width, int height) throws IOException {
        browser = Browser.start(width, height);
        return browser;
    }

    /** The address of a path of the platform under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
