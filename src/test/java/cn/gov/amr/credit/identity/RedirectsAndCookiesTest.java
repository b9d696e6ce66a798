package cn.gov.amr.credit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Redirects never take their host from the request's {@code Host} header (they are relative), and the
 * session cookie is {@code Secure} when a trusted proxy says the visitor came over HTTPS.
 */
class RedirectsAndCookiesTest extends PlatformIntegrationTest {

    private static final String EVIL = "evil.example";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private RawHttp.Answer send(String method, String path, String session, Map<String, String> form,
                                Map<String, String> extraHeaders) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Host", EVIL);
        headers.putAll(extraHeaders);
        if (session != null) {
            headers.put("Cookie", "SESSION=" + session);
        }
        byte[] body = null;
        if (form != null) {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
        }
        return new RawHttp(port).send(method, path.getBytes(StandardCharsets.ISO_8859_1), headers, body);
    }

    private String csrf(String path, String session) {
        var page = send("GET", path, session, null, Map.of());
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as(page.status() + " " + path).isTrue();
        return matcher.group(1);
    }

    private static String session(RawHttp.Answer answer, String otherwise) {
        var matcher = SESSION.matcher(answer.header("Set-Cookie"));
        return matcher.find() ? matcher.group(1) : otherwise;
    }

    private static void assertRelativeRedirect(RawHttp.Answer answer, String path) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        assertThat(answer.header("Location")).doesNotContain(EVIL).startsWith("/").startsWith(path);
    }

    @Test
    void aForgedHostHeaderNeverBecomesTheTargetOfARedirect() {
        var visit = send("GET", "/workbench/users", null, null, Map.of("Accept", "text/html"));
        assertRelativeRedirect(visit, "/login");
        String session = session(visit, null);
        assertThat(session).as("the visit is remembered in a session").isNotNull();

        var failed = send("POST", "/login", session, Map.of("username", "admin", "password", "wrong",
                "_csrf", csrf("/login", session)), Map.of());
        assertRelativeRedirect(failed, "/login?error");

        var signedIn = send("POST", "/login", session, Map.of("username", "admin", "password", ADMIN_PASSWORD,
                "_csrf", csrf("/login", session)), Map.of());
        assertRelativeRedirect(signedIn, "/workbench/users");
        session = session(signedIn, session);

        var created = send("POST", "/workbench/users", session, Map.of("username", "redirected-user",
                "displayName", "Redirected", "password", "Redirect-Password-1", "roles", "AUDITOR",
                "_csrf", csrf("/workbench/users", session)), Map.of());
        assertRelativeRedirect(created, "/workbench/users");

        var signedOut = send("POST", "/logout", session, Map.of("_csrf", csrf("/workbench/users", session)), Map.of());
        assertRelativeRedirect(signedOut, "/");
    }

    @Test
    void theSessionCookieIsSecureBehindAnHttpsProxyOnly() {
        var overHttps = send("GET", "/login", null, null, Map.of("X-Forwarded-Proto", "https"));
        assertThat(overHttps.header("Set-Cookie")).contains("SESSION=").containsIgnoringCase("; Secure");

        var overHttp = send("GET", "/login", null, null, Map.of());
        assertThat(overHttp.header("Set-Cookie")).contains("SESSION=").doesNotContainIgnoringCase("Secure");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
