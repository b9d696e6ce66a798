package cn.gov.amr.credit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

/** Department clients authenticate with X-Api-Key; only the key's SHA-256 is stored. */
class ApiKeyTest extends PlatformIntegrationTest {

    private String issue(String client) {
        var response = http().basic("admin", ADMIN_PASSWORD).postJson("/api/v1/api-keys",
                "{\"clientName\":\"" + client + "\",\"department\":\"Education Bureau\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return Json.parse(response.body()).get("apiKey").asString();
    }

    @Test
    void aKeyAuthenticatesADepartmentClientAndOnlyItsHashIsStored() throws Exception {
        String key = issue("Education system");
        assertThat(key).startsWith("csk_").hasSizeGreaterThan(40);
        var me = http().apiKey(key).get("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        var body = Json.parse(me.body());
        assertThat(body.get("kind").asString()).isEqualTo("API_CLIENT");
        assertThat(body.get("roles").toString()).contains("DEPARTMENT");

        var digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String sha = java.util.HexFormat.of().formatHex(digest);
        long matching = jdbc.sql("select count(*) from identity.api_keys where key_hash = ?").param(sha)
                .query(Long.class).single();
        assertThat(matching).isEqualTo(1);
        long leaked = jdbc.sql("select count(*) from identity.api_keys k where k::text like ?")
                .param("%" + key.substring(10) + "%").query(Long.class).single();
        assertThat(leaked).isZero();
        assertThat(http().basic("admin", ADMIN_PASSWORD).get("/api/v1/api-keys").body()).doesNotContain(key);
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        String key = issue("Health system");
        long id = jdbc.sql("select max(id) from identity.api_keys").query(Long.class).single();
        assertThat(http().basic("admin", ADMIN_PASSWORD).send("DELETE", "/api/v1/api-keys/" + id, null).statusCode())
                .isEqualTo(204);
        var refused = http().apiKey(key).get("/api/v1/me");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(Json.parse(refused.body()).get("code").asString()).isEqualTo("API_KEY_INVALID");
    }

    @Test
    void rotatingAKeyReplacesIt() {
        String old = issue("Court system");
        long id = jdbc.sql("select max(id) from identity.api_keys").query(Long.class).single();
        var rotated = http().basic("admin", ADMIN_PASSWORD).postJson("/api/v1/api-keys/" + id + "/rotation", null);
        assertThat(rotated.statusCode()).isEqualTo(201);
        String fresh = Json.parse(rotated.body()).get("apiKey").asString();
        assertThat(http().apiKey(old).get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(http().apiKey(fresh).get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aDepartmentClientCannotManageUsers() {
        String key = issue("Agriculture system");
        assertThat(http().apiKey(key).get("/api/v1/users").statusCode()).isEqualTo(403);
    }
}
