package cn.gov.amr.credit.ingestion;

import static cn.gov.amr.credit.ingestion.IngestionTestData.awaitBatch;
import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A department pushes records: counts, duplicates, new versions, quarantine and matching paths. */
class IngestionFlowTest extends PlatformIntegrationTest {

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    @Test
    void pushedPenaltiesAreCountedAndAResendChangesNothing() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] a = IngestionTestData.entity(admin);
        String[] b = IngestionTestData.entity(admin);
        var rows = new ArrayList<Map<String, String>>();
        rows.add(penalty(a[0], a[1], "瑞市监罚〔2022〕1号"));
        rows.add(penalty(b[0], b[1], "瑞市监罚〔2022〕2号"));
        var bad = penalty(b[0], b[1], "瑞市监罚〔2022〕3号");
        bad.put("decisionDate", "2022-02-30");
        rows.add(bad);
        var client = http().apiKey(department[1]);

        JsonNode first = push(client, rows);
        assertThat(first.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(first.get("rows").asInt()).isEqualTo(3);
        assertThat(first.get("accepted").asInt()).isEqualTo(2);
        assertThat(first.get("quarantined").asInt()).isEqualTo(1);
        assertThat(first.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(first.get("errors").get(0).get("field").asString()).isEqualTo("decisionDate");
        assertThat(first.get("errors").get(0).get("code").asString()).isEqualTo("DATE_IMPOSSIBLE");

        JsonNode again = push(client, rows);
        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(2);

        rows.get(0).put("content", "警告并处罚款6000元");
        rows.get(0).put("fineAmount", "0.6");
        JsonNode changed = push(client, rows.subList(0, 1));
        assertThat(changed.get("accepted").asInt()).isEqualTo(1);
        long versions = jdbc.sql("select count(*) from ingestion.records where entity_code = ?").param(a[0])
                .query(Long.class).single();
        int current = jdbc.sql("select version from ingestion.records where entity_code = ? and current").param(a[0])
                .query(Integer.class).single();
        assertThat(versions).isEqualTo(2);
        assertThat(current).isEqualTo(2);
    }

    @Test
    void anOlderBatchRunAgainDoesNotOverwriteANewerVersionAndCountsItsChangedRowsAsSuperseded() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] a = IngestionTestData.entity(admin);
        var client = http().apiKey(department[1]);
        var older = penalty(a[0], a[1], "瑞市监罚〔2022〕9号");
        var unchanged = penalty(a[0], a[1], "瑞市监罚〔2022〕10号");
        JsonNode first = push(client, List.of(older, unchanged));
        var newer = penalty(a[0], a[1], "瑞市监罚〔2022〕9号");
        newer.put("content", "警告并处罚款8000元");
        newer.put("fineAmount", "0.8");
        push(client, List.of(newer, unchanged));
        long firstId = first.get("id").asLong();
        jdbc.sql("update ingestion.batches set status = 'FAILED' where id = ?").param(firstId).update();

        var retried = admin.send("POST", "/api/v1/ingest/batches/" + firstId + "/retry", null);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
        JsonNode again = IngestionTestData.awaitBatch(admin, firstId);
        assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("superseded").asInt()).as("the changed row: a newer version exists").isEqualTo(1);
        assertThat(again.get("duplicates").asInt()).as("the row sent alike in both").isEqualTo(1);
        assertThat(again.get("warningCode").isNull()).isTrue();
        long superseded = Json.parse(admin.get("/api/v1/ingest/statistics").body()).get("totals").get("superseded")
                .asLong();
        assertThat(superseded).isGreaterThanOrEqualTo(1);
        String content = jdbc.sql("""
                        select payload->>'content' from ingestion.records
                        where entity_code = ? and current and payload->>'documentNumber' = ?""")
                .params(a[0], "瑞市监罚〔2022〕9号").query(String.class).single();
        assertThat(content).isEqualTo("警告并处罚款8000元");
    }

    @Test
    void aKindTheDepartmentMayNotSendIsRefused() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "LICENCE");
        var response = http().apiKey(department[1]).postJson("/api/v1/ingest/records?kind=PENALTY", "[{}]");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Json.parse(response.body()).get("code").asString()).isEqualTo("KIND_NOT_ALLOWED");
    }

    private JsonNode push(TestHttp client, List<Map<String, String>> rows) {
        var response = client.postJson("/api/v1/ingest/records?kind=PENALTY", RegistryTestData.json(rows));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return awaitBatch(client, Json.parse(response.body()).get("id").asLong());
    }
}
