package cn.gov.amr.credit.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The register of source departments: only an ADMIN registers, the key is shown once and stored
 * hashed, codes are unique and valid, listings show the key's prefix only, rotation and revocation
 * take effect at once.
 */
class IngestApiDepartmentsTest extends PlatformIntegrationTest {

    private static final String HAN = "(?s).*\\p{IsHan}.*";

    @Autowired
    UserAccounts accounts;

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private TestHttp officer() {
        return http().basic(Fixtures.user(accounts, Role.OFFICER), Fixtures.PASSWORD);
    }

    private static String body(String name, String code, String... kinds) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("code", code);
        if (kinds.length > 0) {
            body.put("recordKinds", List.of(kinds));
        }
        return RegistryTestData.json(body);
    }

    private static JsonNode problem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("title").asString()).matches(HAN);
        assertThat(problem.get("detail").asString()).as("detail of " + code).matches(HAN).doesNotContain(code);
        return problem;
    }

    private String keyHash(long departmentId) {
        return jdbc.sql("select k.key_hash from identity.api_keys k join ingestion.departments d on d.api_key_id = k.id"
                + " where d.id = ?").param(departmentId).query(String.class).single();
    }

    @Test
    void onlyAnAdminRegistersADepartmentAndItsKeyIsShownOnceAndStoredHashed() {
        String code = RegistryTestData.creditCode('1');
        String name = "瑞昌市卫生健康委员会" + RegistryTestData.han(2);
        problem(officer().postJson("/api/v1/departments", body(name, code)), 403, "ACCESS_DENIED");
        assertThat(jdbc.sql("select count(*) from ingestion.departments where code = ?").param(code).query(Long.class)
                .single()).isZero();

        var response = admin().postJson("/api/v1/departments", body(name, code.toLowerCase(), "LICENCE", "PENALTY"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = Json.parse(response.body());
        long id = created.get("id").asLong();
        String key = created.get("apiKey").asString();
        assertThat(id).isPositive();
        assertThat(key).startsWith("csk_").hasSizeGreaterThan(30);
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/departments/" + id);
        JsonNode department = created.get("department");
        assertThat(department.get("code").asString()).as("normalised").isEqualTo(code);
        assertThat(department.get("name").asString()).isEqualTo(name);
        assertThat(department.get("kind").asString()).isEqualTo("HORIZONTAL");
        assertThat(department.get("keyActive").asBoolean()).isTrue();
        assertThat(department.get("apiKeyPrefix").asString()).startsWith("csk_").isNotEqualTo(key);
        assertThat(key).startsWith(department.get("apiKeyPrefix").asString());
        var kinds = new ArrayList<String>();
        department.get("recordKinds").forEach(k -> kinds.add(k.asString()));
        assertThat(kinds).containsExactlyInAnyOrder("LICENCE", "PENALTY");

        String hash = keyHash(id);
        assertThat(hash).matches("[0-9a-f]{64}").isNotEqualTo(key);
        long clear = jdbc.sql("select count(*) from identity.api_keys where key_hash = ? or key_prefix = ?"
                + " or client_name = ?").params(key, key, key).query(Long.class).single();
        assertThat(clear).as("the key is nowhere in clear").isZero();

        var get = officer().get("/api/v1/departments/" + id);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).doesNotContain(key).doesNotContain(hash);
        assertThat(get.headers().firstValue("ETag")).contains("\"1\"");

        var uses = http().apiKey(key).get("/api/v1/ingest/batches");
        assertThat(uses.statusCode()).as(uses.body()).isEqualTo(200);
    }

    @Test
    void aDuplicateCodeIs409AndAnInvalidCodeIs400NamingTheField() {
        String code = RegistryTestData.creditCode('1');
        var first = admin().postJson("/api/v1/departments", body("瑞昌市交通运输局" + RegistryTestData.han(2), code));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        problem(admin().postJson("/api/v1/departments", body("另一个部门" + RegistryTestData.han(2), code)), 409,
                "DEPARTMENT_EXISTS");

        String wrong = RegistryTestData.withWrongCheck(RegistryTestData.creditCode('1'));
        var invalid = problem(admin().postJson("/api/v1/departments", body("瑞昌市税务局" + RegistryTestData.han(2),
                wrong)), 400, "INVALID_DEPARTMENT");
        var fields = new ArrayList<String>();
        invalid.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("$.code");
        assertThat(invalid.get("errors").get(0).get("message").asString()).matches(HAN);
        assertThat(jdbc.sql("select count(*) from ingestion.departments where code = ?").param(wrong)
                .query(Long.class).single()).isZero();

        var noName = problem(admin().postJson("/api/v1/departments", body(" ", RegistryTestData.creditCode('1'))), 400,
                "INVALID_DEPARTMENT");
        assertThat(noName.get("errors").get(0).get("field").asString()).isEqualTo("$.name");
    }

    @Test
    void theListShowsEachKeysPrefixButNeverAKey() {
        String[] department = IngestionTestData.department(admin(), "LICENCE");
        var response = officer().get("/api/v1/departments");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(department[1]).doesNotContain(keyHash(Long.parseLong(department[0])));
        JsonNode items = Json.parse(response.body()).get("items");
        assertThat(items.isArray()).isTrue();
        JsonNode ours = null;
        for (JsonNode item : items) {
            assertThat(item.has("apiKey")).isFalse();
            if (item.get("id").asLong() == Long.parseLong(department[0])) {
                ours = item;
            }
        }
        assertThat(ours).as("our department is listed").isNotNull();
        assertThat(department[1]).startsWith(ours.get("apiKeyPrefix").asString());
        assertThat(ours.get("apiKeyPrefix").asString()).startsWith("csk_").hasSizeLessThan(department[1].length());

        assertThat(http().apiKey(department[1]).get("/api/v1/departments").statusCode())
                .as("a department key does not list departments").isEqualTo(403);
    }

    @Test
    void aRotatedKeyReplacesTheOldOneAtOnceAndARevokedKeyIs401() {
        String[] department = IngestionTestData.department(admin(), "LICENCE");
        long id = Long.parseLong(department[0]);
        String old = department[1];
        assertThat(http().apiKey(old).get("/api/v1/ingest/batches").statusCode()).isEqualTo(200);

        problem(officer().postJson("/api/v1/departments/" + id + "/key-rotation", null), 403, "ACCESS_DENIED");
        assertThat(http().apiKey(old).get("/api/v1/ingest/batches").statusCode()).as("officer could not rotate")
                .isEqualTo(200);

        var rotation = admin().postJson("/api/v1/departments/" + id + "/key-rotation", null);
        assertThat(rotation.statusCode()).as(rotation.body()).isEqualTo(200);
        JsonNode rotated = Json.parse(rotation.body());
        String fresh = rotated.get("apiKey").asString();
        assertThat(rotated.get("id").asLong()).isEqualTo(id);
        assertThat(fresh).startsWith("csk_").isNotEqualTo(old);
        assertThat(fresh).startsWith(rotated.get("department").get("apiKeyPrefix").asString());

        problem(http().apiKey(old).get("/api/v1/ingest/batches"), 401, "API_KEY_INVALID");
        assertThat(http().apiKey(fresh).get("/api/v1/ingest/batches").statusCode()).isEqualTo(200);
        var push = http().apiKey(fresh).postJson("/api/v1/ingest/records?kind=LICENCE", RegistryTestData.json(List.of(
                Map.of("partyName", "某公司", "creditCode", RegistryTestData.creditCode('1'), "documentNumber", "1号",
                        "decisionDate", "2023-01-05", "authority", "瑞昌市市场监督管理局"))));
        assertThat(push.statusCode()).as(push.body()).isEqualTo(202);

        var revocation = admin().send("DELETE", "/api/v1/departments/" + id + "/key", null);
        assertThat(revocation.statusCode()).as(revocation.body()).isEqualTo(200);
        assertThat(Json.parse(revocation.body()).get("keyActive").asBoolean()).isFalse();
        problem(http().apiKey(fresh).get("/api/v1/ingest/batches"), 401, "API_KEY_INVALID");
        problem(http().apiKey(fresh).postJson("/api/v1/ingest/records?kind=LICENCE", "[{}]"), 401, "API_KEY_INVALID");
        assertThat(http().apiKey(old).get("/api/v1/ingest/batches").statusCode()).isEqualTo(401);
    }
}
