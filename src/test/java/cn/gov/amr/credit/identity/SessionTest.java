package cn.gov.amr.credit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

/** Form sign-in, sessions in PostgreSQL with a 30-minute idle timeout, CSRF on forms, sign-out. */
class SessionTest extends PlatformIntegrationTest {

    @Test
    void anAnonymousVisitorOfTheWorkbenchIsSentToSignIn() {
        var response = http().get("/workbench", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void signingInStoresTheSessionInPostgresWithAThirtyMinuteIdleTimeout() {
        var client = http();
        var response = client.signIn("admin", ADMIN_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/workbench");
        assertThat(client.get("/workbench").statusCode()).isEqualTo(200);
        assertThat(client.cookie("SESSION")).isNotBlank();
        var setCookie = String.join(";", response.headers().allValues("Set-Cookie"));
        assertThat(setCookie).containsIgnoringCase("HttpOnly");
        Integer interval = jdbc.sql("select max_inactive_interval from identity.http_session where principal_name = 'admin'"
                + " order by last_access_time desc limit 1").query(Integer.class).single();
        assertThat(interval).isEqualTo(30 * 60);
        long audited = jdbc.sql("select count(*) from audit.entries where action = 'SIGN_IN' and actor = 'admin'")
                .query(Long.class).single();
        assertThat(audited).isPositive();
    }

    @Test
    void aSessionIdleForMoreThanThirtyMinutesIsOver() {
        var client = http();
        client.signIn("admin", ADMIN_PASSWORD);
        assertThat(client.get("/workbench").statusCode()).isEqualTo(200);
        jdbc.sql("update identity.http_session set last_access_time = last_access_time - 31 * 60 * 1000,"
                + " expiry_time = expiry_time - 31 * 60 * 1000 where principal_name = 'admin'").update();
        assertThat(client.get("/workbench").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        var client = http();
        client.csrfToken("/login");
        var response = client.postForm("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aBrowserSessionCallingTheApiNeedsItsCsrfTokenForChanges() {
        var client = http();
        client.signIn("admin", ADMIN_PASSWORD);
        assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(200);
        var forged = client.postJson("/api/v1/api-keys", "{\"clientName\":\"forged\"}");
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSession() {
        var client = http();
        client.signIn("admin", ADMIN_PASSWORD);
        String token = client.csrfToken("/workbench");
        var out = client.postForm("/logout", Map.of("_csrf", token));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(client.get("/workbench").statusCode()).isEqualTo(302);
    }
}
