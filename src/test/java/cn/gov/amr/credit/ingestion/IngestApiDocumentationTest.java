package cn.gov.amr.credit.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The push API's records are documented in OpenAPI from the same field sets the pipeline checks with;
 * exports (full ID numbers) are for administrators, and every download is audited.
 */
class IngestApiDocumentationTest extends PlatformIntegrationTest {

    @Test
    void eachKindsPushRecordIsDocumentedWithItsFieldsAndRequiredOnes() {
        JsonNode doc = Json.parse(http().get("/v3/api-docs").body());
        JsonNode penalty = doc.get("components").get("schemas").get("PenaltyRecord");
        assertThat(penalty.get("properties").get("documentNumber").get("description").asString())
                .contains("行政处罚决定书文号").contains("CF_WSH");
        assertThat(penalty.get("required").toString()).contains("documentNumber", "decisionDate", "partyName");
        assertThat(penalty.get("properties").get("penaltyCategories").get("enum").toString()).contains("罚款");
        assertThat(doc.get("components").get("schemas").get("DishonestDebtorRecord")).isNotNull();
        JsonNode body = doc.get("paths").get("/api/v1/ingest/records").get("post").get("requestBody").get("content")
                .get("application/json").get("schema");
        assertThat(body.get("type").asString()).isEqualTo("array");
        assertThat(body.get("maxItems").asInt()).isEqualTo(10_000);
        assertThat(body.get("items").get("anyOf")).hasSize(RecordKind.values().length);
    }

    @Autowired
    UserAccounts accounts;

    @Test
    void onlyAnAdministratorMakesListsAndDownloadsExportsAndEveryDownloadIsAudited() {
        String request = "{\"destination\":\"PREFECTURE\",\"kind\":\"PENALTY\",\"from\":\"2022-01\",\"to\":\"2022-01\"}";
        var admin = http().basic("admin", ADMIN_PASSWORD);
        var created = admin.postJson("/api/v1/exports", request);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Json.parse(created.body()).get("id").asLong();
        for (Role role : List.of(Role.OFFICER, Role.REVIEWER)) {
            var staff = http().basic(Fixtures.user(accounts, role), Fixtures.PASSWORD);
            assertThat(staff.postJson("/api/v1/exports", request).statusCode()).as(role.name()).isEqualTo(403);
            assertThat(staff.get("/api/v1/exports").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(staff.get("/api/v1/exports/" + id + "/file").statusCode()).as(role.name()).isEqualTo(403);
        }
        assertThat(admin.get("/api/v1/exports").statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/exports/" + id + "/file").statusCode()).isEqualTo(200);
        long audited = jdbc.sql("select count(*) from audit.entries where action = 'EXPORT_DOWNLOADED' and target = ?")
                .param("export:" + id).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }
}
