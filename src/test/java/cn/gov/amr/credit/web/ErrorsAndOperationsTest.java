package cn.gov.amr.credit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.Test;

/** Problem details, friendly error pages, health, metrics, OpenAPI and security headers. */
class ErrorsAndOperationsTest extends PlatformIntegrationTest {

    @Test
    void unauthenticatedApiCallsGetAProblemDocument() {
        var response = http().get("/api/v1/users");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var problem = Json.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("code").asString()).isEqualTo("AUTHENTICATION_REQUIRED");
        assertThat(problem.get("type").asString()).startsWith("urn:credit:problem:");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        var response = http().get("/api/v1/public/no-such-thing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.parse(response.body()).get("code").asString()).isEqualTo("HTTP_404");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        var response = http().basic("admin", ADMIN_PASSWORD).send("DELETE", "/api/v1/users", null);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void anUnknownPageIsAFriendlyChinesePageWithoutAStackTrace() {
        var response = http().get("/no/such/page", "Accept", "text/html");
        assertThat(response.statusCode()).isIn(302, 404);
        var client = http();
        client.signIn("admin", ADMIN_PASSWORD);
        var page = client.get("/workbench/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("找不到您要访问的页面").doesNotContain("Exception").doesNotContain("at org.")
                .doesNotContain("Whitelabel");
    }

    @Test
    void aRefusedPageIsAFriendlyPage() {
        var client = http();
        client.signIn("admin", ADMIN_PASSWORD);
        var page = client.get("/workbench/users/nobody-at-all");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("nobody-at-all").doesNotContain("Exception");
    }

    @Test
    void healthIsUpWithTheDatabase() {
        var response = http().get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        var health = Json.parse(response.body());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreThereForAnAdmin() {
        var response = http().basic("admin", ADMIN_PASSWORD).get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void theOpenApiDocumentIsValidAndDescribesTheApi() {
        var response = http().get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        var result = new OpenAPIV3Parser().readContents(response.body());
        assertThat(result.getMessages()).as("OpenAPI validation messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/v1/users", "/api/v1/audit/verification",
                "/api/v1/public/ping");
        assertThat(http().get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesCarryTheStandardSecurityHeaders() {
        var headers = http().get("/").headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).isPresent();
        assertThat(http().get("/api/v1/public/ping").headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void instantsAreIsoWithAnOffset() {
        var body = Json.parse(http().get("/api/v1/public/ping").body());
        assertThat(body.get("time").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
    }
}
