package cn.gov.amr.credit.ingestion;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A department's own header names, mapped once by an administrator, are read like the national ones. */
class IngestApiHeaderMappingTest extends PlatformIntegrationTest {

    @Test
    void aNonStandardFileIsReadThroughTheDepartmentsMapping() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        var mapping = new LinkedHashMap<String, String>();
        mapping.put("企业名称", "partyName");
        mapping.put("信用代码", "creditCode");
        mapping.put("文号", "documentNumber");
        mapping.put("决定日期", "decisionDate");
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "映射部门" + RegistryTestData.han(3));
        body.put("code", RegistryTestData.creditCode('1'));
        body.put("recordKinds", List.of("PENALTY"));
        body.put("headerMapping", Map.of("PENALTY", mapping));
        var created = admin.postJson("/api/v1/departments", RegistryTestData.json(body));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = Json.parse(created.body()).get("apiKey").asString();
        String[] entity = IngestionTestData.entity(admin);
        var row = penalty(entity[0], entity[1], "瑞市监罚〔2022〕77号");
        String header = "企业名称,行政相对人类别,信用代码,文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,决定日期,"
                + "处罚有效期,处罚机关,处罚机关统一社会信用代码,数据来源单位,数据来源单位统一社会信用代码";
        String line = String.join(",", row.get("partyName"), row.get("partyType"), row.get("creditCode"),
                row.get("documentNumber"), row.get("violationType"), row.get("facts"), row.get("basis"),
                row.get("penaltyCategories"), row.get("content"), row.get("decisionDate"), row.get("validUntil"),
                row.get("authority"), row.get("authorityCode"), row.get("sourceUnit"), row.get("sourceUnitCode"));
        byte[] file = (header + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);

        JsonNode batch = IngestionTestData.uploadAndAwait(http().apiKey(key), "PENALTY", "own-format.csv", file);
        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(batch.get("accepted").asInt()).isEqualTo(1);

        var unmapped = IngestionTestData.department(admin, "PENALTY");
        var refused = IngestionTestData.upload(http().apiKey(unmapped[1]), "PENALTY", "", "own-format.csv", file);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Json.parse(refused.body()).get("code").asString()).isEqualTo("COLUMNS_MISSING");
        assertThat(Json.parse(refused.body()).get("detail").asString()).contains("行政相对人名称");
    }
}
