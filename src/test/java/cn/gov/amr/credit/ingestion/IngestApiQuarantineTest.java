package cn.gov.amr.credit.ingestion;

import static cn.gov.amr.credit.ingestion.IngestionTestData.awaitBatch;
import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static cn.gov.amr.credit.ingestion.IngestionTestData.pushAndAwait;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Quarantined rows as officers see them (personal ID numbers masked), their correction through the
 * pipeline as a batch of their own without writing a mask back, and the paging of a batch's errors.
 */
class IngestApiQuarantineTest extends PlatformIntegrationTest {

    @Autowired
    UserAccounts accounts;

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private TestHttp officer() {
        return http().basic(Fixtures.user(accounts, Role.OFFICER), Fixtures.PASSWORD);
    }

    @Test
    void aCorrectedRowGoesThroughAsItsOwnBatchKeepingTheFullIdNumberAndCannotBeResubmittedTwice() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] onlyDate = IngestionTestData.entityWithCode(admin, RegistryTestData.creditCode('1'));
        String[] echoed = IngestionTestData.entityWithCode(admin, RegistryTestData.creditCode('1'));
        String prefix = "瑞市监罚〔2022〕" + RegistryTestData.han(2);
        var first = penalty(onlyDate[0], onlyDate[1], prefix + "1号");
        first.put("legalRepresentative", onlyDate[2]);
        first.put("legalRepresentativeIdNumber", onlyDate[4]);
        first.put("decisionDate", "2022-02-30");
        var second = penalty(echoed[0], echoed[1], prefix + "2号");
        second.put("legalRepresentative", echoed[2]);
        second.put("legalRepresentativeIdNumber", echoed[4]);
        second.put("decisionDate", "2022-02-29");
        var department1 = http().apiKey(department[1]);

        JsonNode batch = pushAndAwait(department1, "PENALTY", List.of(first, second));
        assertThat(batch.get("quarantined").asInt()).isEqualTo(2);
        assertThat(batch.get("accepted").asInt()).isZero();

        var listing = officer().get("/api/v1/ingest/batches/" + batch.get("id").asLong() + "/quarantine");
        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
        assertThat(listing.body()).doesNotContain(onlyDate[4]).doesNotContain(echoed[4]);
        JsonNode items = Json.parse(listing.body()).get("items");
        assertThat(items).hasSize(2);
        JsonNode row1 = items.get(0);
        assertThat(row1.get("row").asInt()).isEqualTo(1);
        assertThat(row1.get("status").asString()).isEqualTo("OPEN");
        assertThat(row1.get("batchId").asLong()).isEqualTo(batch.get("id").asLong());
        assertThat(row1.get("kind").asString()).isEqualTo("PENALTY");
        assertThat(row1.get("values").get("decisionDate").asString()).isEqualTo("2022-02-30");
        assertThat(row1.get("values").get("partyName").asString()).isEqualTo(onlyDate[1]);
        assertThat(row1.get("values").get("creditCode").asString()).as("codes are not personal").isEqualTo(onlyDate[0]);
        assertThat(row1.get("values").get("legalRepresentativeIdNumber").asString())
                .isEqualTo(RegistryTestData.masked(onlyDate[4]));
        assertThat(row1.get("errors")).hasSize(1);
        assertThat(row1.get("errors").get(0).get("field").asString()).isEqualTo("decisionDate");
        assertThat(row1.get("errors").get(0).get("code").asString()).isEqualTo("DATE_IMPOSSIBLE");
        JsonNode row2 = items.get(1);
        assertThat(row2.get("values").get("legalRepresentativeIdNumber").asString())
                .isEqualTo(RegistryTestData.masked(echoed[4]));

        long q1 = row1.get("id").asLong();
        var single = officer().get("/api/v1/ingest/quarantine/" + q1);
        assertThat(single.statusCode()).isEqualTo(200);
        assertThat(single.body()).doesNotContain(onlyDate[4]);

        // only the date corrected
        var resubmission = officer().postJson("/api/v1/ingest/quarantine/" + q1 + "/resubmission",
                "{\"values\":{\"decisionDate\":\"2022-02-28\"}}");
        assertThat(resubmission.statusCode()).as(resubmission.body()).isEqualTo(202);
        long correction = Json.parse(resubmission.body()).get("id").asLong();
        assertThat(correction).isNotEqualTo(batch.get("id").asLong());
        JsonNode corrected = awaitBatch(officer(), correction);
        assertThat(corrected.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(corrected.get("channel").asString()).isEqualTo("CORRECTION");
        assertThat(corrected.get("departmentId").asLong()).isEqualTo(Long.parseLong(department[0]));
        assertThat(corrected.get("rows").asInt()).isEqualTo(1);
        assertThat(corrected.get("accepted").asInt()).as(corrected.toString()).isEqualTo(1);
        assertThat(corrected.get("quarantined").asInt()).isZero();
        assertThat(stored(onlyDate[0], "legalRepresentativeIdNumber")).isEqualTo(onlyDate[4]);
        assertThat(stored(onlyDate[0], "decisionDate")).isEqualTo("2022-02-28");
        assertThat(stored(onlyDate[0], "partyName")).isEqualTo(onlyDate[1]);
        JsonNode resolved = Json.parse(officer().get("/api/v1/ingest/quarantine/" + q1).body());
        assertThat(resolved.get("status").asString()).isEqualTo("RESUBMITTED");
        assertThat(resolved.get("resolvedBatchId").asLong()).isEqualTo(correction);
        assertThat(Json.parse(department1.get("/api/v1/ingest/batches/" + correction).body()).get("accepted").asInt())
                .as("the department sees the correction of its row").isEqualTo(1);

        var again = officer().postJson("/api/v1/ingest/quarantine/" + q1 + "/resubmission",
                "{\"values\":{\"decisionDate\":\"2022-02-27\"}}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.parse(again.body()).get("code").asString()).isEqualTo("ROW_ALREADY_RESOLVED");
        assertThat(jdbc.sql("select count(*) from ingestion.batches where corrects = ?").param(q1).query(Long.class)
                .single()).as("no second correction batch").isEqualTo(1);

        // every value echoed back as shown, the masked ID number included
        var values = new LinkedHashMap<String, String>();
        row2.get("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
        values.put("decisionDate", "2022-02-28");
        var echo = admin.postJson("/api/v1/ingest/quarantine/" + row2.get("id").asLong() + "/resubmission",
                RegistryTestData.json(Map.of("values", values)));
        assertThat(echo.statusCode()).as(echo.body()).isEqualTo(202);
        JsonNode echoBatch = awaitBatch(admin, Json.parse(echo.body()).get("id").asLong());
        assertThat(echoBatch.get("accepted").asInt()).as(echoBatch.toString()).isEqualTo(1);
        assertThat(stored(echoed[0], "legalRepresentativeIdNumber")).as("the mask is not written back")
                .isEqualTo(echoed[4]);

        var department2 = http().apiKey(IngestionTestData.department(admin, "PENALTY")[1]);
        assertThat(department2.get("/api/v1/ingest/batches/" + batch.get("id").asLong() + "/quarantine").statusCode())
                .as("department keys do not read quarantined values").isEqualTo(403);
        assertThat(department1.postJson("/api/v1/ingest/quarantine/" + q1 + "/resubmission", "{\"values\":{}}")
                .statusCode()).as("nor resubmit").isEqualTo(403);
    }

    @Test
    void aBatchShowsItsFirst100ErrorsAndPagesTheRest() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] entity = IngestionTestData.entity(admin);
        String prefix = "瑞市监罚〔2021〕" + RegistryTestData.han(2);
        var rows = new ArrayList<Map<String, String>>();
        for (int i = 1; i <= 250; i++) {
            var row = penalty(entity[0], entity[1], prefix + i + "号");
            row.put("decisionDate", "2021-02-30");
            rows.add(row);
        }
        var client = http().apiKey(department[1]);
        JsonNode batch = pushAndAwait(client, "PENALTY", rows);
        long id = batch.get("id").asLong();
        assertThat(batch.get("rows").asInt()).isEqualTo(250);
        assertThat(batch.get("quarantined").asInt()).isEqualTo(250);
        assertThat(batch.get("accepted").asInt()).isZero();
        assertThat(batch.get("errorCount").asInt()).isEqualTo(250);
        assertThat(batch.get("errors")).hasSize(100);
        assertThat(batch.get("errors").get(0).get("row").asInt()).isEqualTo(1);
        assertThat(batch.get("errors").get(99).get("row").asInt()).isEqualTo(100);

        JsonNode page3 = Json.parse(client.get("/api/v1/ingest/batches/" + id + "/errors?page=3&size=100").body());
        assertThat(page3.get("items")).hasSize(50);
        assertThat(page3.get("total").asInt()).isEqualTo(250);
        assertThat(page3.get("page").asInt()).isEqualTo(3);
        assertThat(page3.get("size").asInt()).isEqualTo(100);
        assertThat(page3.get("items").get(0).get("row").asInt()).isEqualTo(201);
        assertThat(page3.get("items").get(49).get("row").asInt()).isEqualTo(250);
        page3.get("items").forEach(e -> {
            assertThat(e.get("code").asString()).isEqualTo("DATE_IMPOSSIBLE");
            assertThat(e.get("field").asString()).isEqualTo("decisionDate");
        });
        JsonNode page2 = Json.parse(client.get("/api/v1/ingest/batches/" + id + "/errors?page=2&size=100").body());
        assertThat(page2.get("items")).hasSize(100);
        assertThat(page2.get("items").get(0).get("row").asInt()).isEqualTo(101);
        assertThat(Json.parse(client.get("/api/v1/ingest/batches/" + id + "/errors?page=4&size=100").body())
                .get("items")).isEmpty();
        var tooBig = client.get("/api/v1/ingest/batches/" + id + "/errors?page=1&size=1001");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(Json.parse(tooBig.body()).get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    private String stored(String code, String field) {
        return jdbc.sql("select payload->>? from ingestion.records where entity_code = ? and current")
                .params(field, code).query(String.class).single();
    }
}
