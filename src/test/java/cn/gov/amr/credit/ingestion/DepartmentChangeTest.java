package cn.gov.amr.credit.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Changing a department only changes what the change names: it never widens what the department may send. */
class DepartmentChangeTest extends PlatformIntegrationTest {

    @Test
    void aChangeThatLeavesOutKindsAndMappingKeepsThem() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        var created = admin.postJson("/api/v1/departments", "{\"name\":\"内部系统甲\",\"code\":\""
                + cn.gov.amr.credit.registry.RegistryTestData.creditCode('1')
                + "\",\"kind\":\"INTERNAL\",\"recordKinds\":[\"PENALTY\"],"
                + "\"headerMapping\":{\"PENALTY\":{\"企业名称\":\"partyName\"}}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Json.parse(created.body()).get("id").asLong();

        var changed = admin.putJson("/api/v1/departments/" + id, "{\"name\":\"内部系统乙\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode department = Json.parse(changed.body());
        assertThat(department.get("name").asString()).isEqualTo("内部系统乙");
        assertThat(department.get("kind").asString()).isEqualTo("INTERNAL");
        assertThat(department.get("recordKinds").toString()).isEqualTo("[\"PENALTY\"]");
        assertThat(department.get("headerMapping").get("PENALTY").get("企业名称").asString()).isEqualTo("partyName");
    }
}
