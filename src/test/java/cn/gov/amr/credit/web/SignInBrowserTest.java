package cn.gov.amr.credit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.gov.amr.credit.support.Browser;
import cn.gov.amr.credit.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/** A person in headless Chromium: the Chinese portal, sign-in, the workbench, English, a phone screen. */
class SignInBrowserTest extends BrowserTest {

    /** Fills the sign-in form and waits for the page it leads to. */
    private void signIn(String user, String password) {
        var form = browser.findElement(By.id("login-form"));
        var username = browser.findElement(By.id("username"));
        username.clear();
        username.sendKeys(user);
        var field = browser.findElement(By.id("password"));
        field.clear();
        field.sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(Browser.gone(form));
    }

    @Test
    void anOfficerSignsInFromThePortalAndReachesTheWorkbench() throws Exception {
        open(1280, 900);
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("企业信用信息查询");
        assertThat(browser.findElement(By.id("q")).isDisplayed()).isTrue();

        browser.get(url("/workbench"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        signIn("admin", "wrong-password");
        assertThat(browser.getCurrentUrl()).endsWith("/login?error");
        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText()).contains("用户名或密码不正确");

        signIn("admin", ADMIN_PASSWORD);
        assertThat(browser.getCurrentUrl()).as(browser.getPageSource()).contains("/workbench");
        assertThat(browser.findElement(By.id("workbench-title")).getText()).contains("欢迎").contains("admin");
        assertThat(browser.findElements(By.linkText("用户与角色"))).isNotEmpty();

        browser.get(url("/workbench?lang=en"));
        assertThat(browser.findElement(By.id("workbench-title")).getText()).contains("Welcome");
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Enterprise credit information search");

        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(shots.resolve("workbench-en.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theApiDocumentationRendersUnderTheContentSecurityPolicy() throws Exception {
        open(1280, 900);
        browser.get(url("/swagger-ui.html"));
        var title = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector(".swagger-ui .info .title")));
        assertThat(title.getText()).contains("Credit Supervision Platform API");
        assertThat(browser.findElements(By.cssSelector(".opblock"))).isNotEmpty();
    }

    @Test
    void thePortalFitsAPhoneScreen() throws Exception {
        open(390, 844);
        browser.get(url("/"));
        var search = browser.findElement(By.id("q"));
        assertThat(search.isDisplayed()).isTrue();
        Number pageWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) browser.executeScript("return window.innerWidth;");
        assertThat(pageWidth.intValue()).as("no horizontal scrolling").isLessThanOrEqualTo(viewport.intValue());
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(shots.resolve("portal-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
