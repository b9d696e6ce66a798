package cn.gov.amr.credit.creditfile;

import static cn.gov.amr.credit.ingestion.IngestionTestData.awaitBatch;
import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A batch's records are in the entity's credit file, with their flags, within a second of the commit. */
class CreditFileTest extends PlatformIntegrationTest {

    @Test
    void recordsAndFlagsAppearWithinASecondOfTheBatchCommitting() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY", "DISHONEST_DEBTOR");
        String[] entity = IngestionTestData.entity(admin);
        var row = penalty(entity[0], entity[1], "瑞市监罚〔2026〕7号");
        row.put("decisionDate", "2026-03-01");
        row.put("validUntil", "2029-02-28");
        row.put("legalRepresentativeIdNumber", "11010519491231002X");
        var client = http().apiKey(department[1]);
        var sent = client.postJson("/api/v1/ingest/records?kind=PENALTY", RegistryTestData.json(List.of(row)));
        JsonNode batch = awaitBatch(client, Json.parse(sent.body()).get("id").asLong());
        assertThat(batch.get("accepted").asInt()).isEqualTo(1);
        Instant committed = Instant.now();

        JsonNode file = null;
        while (Instant.now().isBefore(committed.plus(Duration.ofSeconds(1)))) {
            var response = admin.get("/api/v1/entities/" + entity[0] + "/credit-file");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            file = Json.parse(response.body());
            if (file.get("flags").size() > 0) {
                break;
            }
        }
        assertThat(file).isNotNull();
        assertThat(file.get("entity").get("code").asString()).isEqualTo(entity[0]);
        JsonNode record = file.get("records").get(0);
        assertThat(record.get("kind").asString()).isEqualTo("PENALTY");
        assertThat(record.get("documentNumber").asString()).isEqualTo("瑞市监罚〔2026〕7号");
        assertThat(record.get("batch").asLong()).isEqualTo(batch.get("id").asLong());
        assertThat(record.get("version").asInt()).isEqualTo(1);
        assertThat(record.get("department").asString()).isNotBlank();
        assertThat(record.get("receivedAt").asString()).isNotBlank();
        assertThat(record.get("fields").get("legalRepresentativeIdNumber").asString()).isEqualTo("110105********002X");
        assertThat(file.get("flags").findValuesAsString("flag")).contains("PENALTY_IN_FORCE");
    }

    @Test
    void onlyPenaltiesInForceAreFlaggedAndTheFlagLapsesWhenTheLastEnds() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] entity = IngestionTestData.entity(admin);
        var lapsed = penalty(entity[0], entity[1], "瑞市监罚〔2022〕8号");
        var inForce = penalty(entity[0], entity[1], "瑞市监罚〔2026〕9号");
        inForce.put("decisionDate", "2026-02-01");
        inForce.put("validUntil", "2028-01-31");
        var client = http().apiKey(department[1]);
        var sent = client.postJson("/api/v1/ingest/records?kind=PENALTY", RegistryTestData.json(List.of(lapsed, inForce)));
        awaitBatch(client, Json.parse(sent.body()).get("id").asLong());
        Instant deadline = Instant.now().plusSeconds(5);
        while (Instant.now().isBefore(deadline) && jdbc.sql("select count(*) from creditfile.flags where entity_code = ?")
                .param(entity[0]).query(Long.class).single() == 0) {
            Thread.onSpinWait();
        }
        var stored = jdbc.sql("select count, until::text from creditfile.flags where entity_code = ? and flag = 'PENALTY_IN_FORCE'")
                .param(entity[0]).query((rs, n) -> rs.getInt(1) + " " + rs.getString(2)).single();
        assertThat(stored).isEqualTo("1 2028-01-31");
        JsonNode file = Json.parse(admin.get("/api/v1/entities/" + entity[0] + "/credit-file").body());
        assertThat(file.get("records")).hasSize(2);
        assertThat(file.get("flags").findValuesAsString("flag")).contains("PENALTY_IN_FORCE");

        jdbc.sql("update creditfile.flags set until = current_date - 1 where entity_code = ?").param(entity[0]).update();
        JsonNode later = Json.parse(admin.get("/api/v1/entities/" + entity[0] + "/credit-file").body());
        assertThat(later.get("flags").findValuesAsString("flag")).doesNotContain("PENALTY_IN_FORCE");
    }
}
