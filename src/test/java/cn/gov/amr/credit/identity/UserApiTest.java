package cn.gov.amr.credit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** ADMIN manages users through the API; errors are problem details naming each bad field. */
class UserApiTest extends PlatformIntegrationTest {

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private static String name() {
        return "u-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static java.util.List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void anAdminCreatesAnOfficerWithDepartmentAndJurisdiction() {
        String user = name();
        var response = admin().postJson("/api/v1/users", """
                {"username":"%s","displayName":"张三","password":"Officer-Pass-1","roles":["OFFICER"],
                 "department":"市场监管局","jurisdiction":"GUILIN"}""".formatted(user));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/users/" + user);
        var body = Json.parse(response.body());
        assertThat(body.get("jurisdiction").asString()).isEqualTo("GUILIN");
        assertThat(body.has("password")).isFalse();
        assertThat(response.body()).doesNotContain("Officer-Pass-1");

        String hash = jdbc.sql("select password_hash from identity.users where username = ?").param(user)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("Officer-Pass-1");
        var me = http().basic(user, "Officer-Pass-1").get("/api/v1/me");
        assertThat(Json.parse(me.body()).get("jurisdiction").asString()).isEqualTo("GUILIN");

        long audited = jdbc.sql("select count(*) from audit.entries where action = 'USER_CREATED' and target = ?"
                + " and actor = 'admin' and details not like '%Officer-Pass%'").param(user).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void invalidInputIsA400ProblemNamingEachField() {
        var response = admin().postJson("/api/v1/users", """
                {"username":"A","displayName":"","password":"short","roles":["OFFICER"],"jurisdiction":"NOWHERE"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var problem = Json.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("code").asString()).isEqualTo("INVALID_USER");
        assertThat(fields(problem)).contains("$.username", "$.password", "$.displayName", "$.department",
                "$.jurisdiction");
        problem.get("errors").forEach(e -> {
            assertThat(e.get("code").asString()).isNotBlank();
            assertThat(e.get("message").asString()).isNotBlank();
        });
        assertThat(problem.get("errors").get(0).get("message").asString()).matches(".*\\p{IsHan}.*");
    }

    @Test
    void anUnknownRoleIsNamedByItsJsonPath() {
        var response = admin().postJson("/api/v1/users", """
                {"username":"%s","displayName":"x","password":"Good-Password-1","roles":["KING"]}""".formatted(name()));
        assertThat(response.statusCode()).isEqualTo(400);
        var problem = Json.parse(response.body());
        assertThat(fields(problem).get(0)).startsWith("$.roles");
    }

    @Test
    void malformedJsonIsA400Problem() {
        var response = admin().postJson("/api/v1/users", "{\"username\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).get("code").asString()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void aDuplicateUserNameIsA409() {
        String user = name();
        String body = """
                {"username":"%s","displayName":"x","password":"Good-Password-1","roles":["REVIEWER"]}""".formatted(user);
        assertThat(admin().postJson("/api/v1/users", body).statusCode()).isEqualTo(201);
        var again = admin().postJson("/api/v1/users", body);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Json.parse(again.body()).get("code").asString()).isEqualTo("USERNAME_TAKEN");
    }

    @Test
    void changingRolesIsAuditedAndAStaleVersionIsA412() {
        String user = name();
        admin().postJson("/api/v1/users", """
                {"username":"%s","displayName":"x","password":"Good-Password-1","roles":["REVIEWER"]}""".formatted(user));
        var read = admin().get("/api/v1/users/" + user);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        var change = http().basic("admin", ADMIN_PASSWORD).header("If-Match", etag)
                .putJson("/api/v1/users/" + user, "{\"roles\":[\"AUDITOR\",\"REVIEWER\"]}");
        assertThat(change.statusCode()).isEqualTo(200);
        assertThat(Json.parse(change.body()).get("roles").toString()).contains("AUDITOR");
        var stale = http().basic("admin", ADMIN_PASSWORD).header("If-Match", etag)
                .putJson("/api/v1/users/" + user, "{\"roles\":[\"REVIEWER\"]}");
        assertThat(stale.statusCode()).isEqualTo(412);
        String details = jdbc.sql("select details from audit.entries where action = 'USER_CHANGED' and target = ?")
                .param(user).query(String.class).single();
        assertThat(details).contains("AUDITOR");
    }

    @Test
    void theLastAdministratorCannotBeDisabled() {
        var response = admin().putJson("/api/v1/users/admin", "{\"enabled\":false}");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Json.parse(response.body()).get("code").asString()).isEqualTo("LAST_ADMIN");
    }

    @Test
    void anUnknownUserIsA404Problem() {
        var response = admin().get("/api/v1/users/nobody-at-all");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.parse(response.body()).get("code").asString()).isEqualTo("USER_NOT_FOUND");
    }

    @Test
    void theAdminPageCreatesAUserAndShowsFieldMessagesInChinese() {
        var session = http();
        session.signIn("admin", ADMIN_PASSWORD);
        String token = session.csrfToken("/workbench/users");
        var bad = session.postForm("/workbench/users", java.util.Map.of("username", "X", "displayName", "",
                "password", "short", "_csrf", token));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("用户名须为").contains("密码至少");
        String user = name();
        var good = session.postForm("/workbench/users", java.util.Map.of("username", user, "displayName", "李四",
                "password", "Good-Password-1", "roles", "AUDITOR", "_csrf", token));
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(session.get("/workbench/users").body()).contains(user);
        assertThat(session.get("/workbench/users/" + user).body()).contains("name=\"roles\"")
                .contains("name=\"jurisdiction\"").containsPattern("value=\"AUDITOR\"[^>]*checked");
    }
}
