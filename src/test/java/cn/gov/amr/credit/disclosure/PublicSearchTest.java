package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Anyone can search without signing in; results carry the legal representative's name and nothing personal more. */
class PublicSearchTest extends PlatformIntegrationTest {

    @Test
    void anonymousSearchByCodeShowsTheEntityWithoutPersonalData() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String code = RegistryTestData.creditCode('1');
        String idNumber = RegistryTestData.residentId();
        var body = RegistryTestData.fullEntity(code, "瑞昌" + RegistryTestData.han(4) + "公示测试有限公司", "PENCHENG",
                idNumber);
        assertThat(admin.postJson("/api/v1/entities", RegistryTestData.json(body)).statusCode()).isEqualTo(201);

        var response = http().get("/api/v1/public/entities?q=" + code);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode item = Json.parse(response.body()).get("items").get(0);
        assertThat(item.get("code").asString()).isEqualTo(code);
        assertThat(item.get("legalRepresentative").asString()).isNotBlank();
        assertThat(item.get("abnormal").asBoolean()).isFalse();
        assertThat(response.body()).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
    }

    @Test
    void aOneCharacterQueryGetsAHelpfulAnswer() {
        var response = http().get("/api/v1/public/entities?q=%E7%91%9E");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("QUERY_TOO_SHORT");
        assertThat(problem.get("detail").asString()).contains("两个字");
    }

    @Test
    void anEmptyQueryListsNothingAndGarbageFindsNothingWithoutAnError() {
        for (String empty : new String[] {"", "%20%20", "%E3%80%80%E7%91%9E", "%C2%A0%C2%A0", "%E2%80%83%09%E7%91%9E"}) {
            var response = http().get("/api/v1/public/entities?q=" + empty);
            assertThat(response.statusCode()).as(empty).isEqualTo(400);
            assertThat(Json.parse(response.body()).get("code").asString()).isEqualTo("QUERY_TOO_SHORT");
        }
        assertThat(http().get("/api/v1/public/entities").statusCode()).isEqualTo(400);
        for (String garbage : new String[] {"!!", "%25%25", "%27%3B--", "%5C%5C"}) {
            var response = http().get("/api/v1/public/entities?q=" + garbage);
            assertThat(response.statusCode()).as(garbage).isEqualTo(200);
            assertThat(Json.parse(response.body()).get("total").asLong()).as(garbage).isZero();
        }
        var page = http().get("/search?q=%25%25");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(http().get("/search?q=%C2%A0%C2%A0").body()).contains("至少两个字");
        var deep = http().get("/api/v1/public/entities?q=%E7%91%9E%E6%98%8C&page=600&size=20");
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(Json.parse(deep.body()).get("code").asString()).isEqualTo("PAGE_TOO_DEEP");
    }
}
