package cn.gov.amr.credit.creditfile.application;

import static cn.gov.amr.credit.ingestion.IngestionTestData.awaitBatch;
import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Flag updates for the same entities running at once (two workers' batches) never collide. */
class FlagUpdaterTest extends PlatformIntegrationTest {

    @Autowired
    FlagUpdater updater;

    @Test
    void concurrentRecomputationsOfTheSameEntitiesAllSucceedWithTheSameResult() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY");
        var codes = new ArrayList<String>();
        var rows = new ArrayList<java.util.Map<String, String>>();
        for (int i = 0; i < 5; i++) {
            String[] entity = IngestionTestData.entity(admin);
            codes.add(entity[0]);
            var row = penalty(entity[0], entity[1], "瑞市监罚〔2026〕" + (100 + i) + "号");
            row.put("decisionDate", "2026-01-05");
            row.put("validUntil", "2029-01-04");
            rows.add(row);
        }
        var client = http().apiKey(department[1]);
        var sent = client.postJson("/api/v1/ingest/records?kind=PENALTY", RegistryTestData.json(rows));
        awaitBatch(client, Json.parse(sent.body()).get("id").asLong());

        var runs = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < 8; i++) {
            runs.add(CompletableFuture.runAsync(() -> updater.recompute(List.copyOf(codes))));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();

        long flags = jdbc.sql("select count(*) from creditfile.flags where entity_code = any(?) and flag = 'PENALTY_IN_FORCE'")
                .param(codes.toArray(String[]::new)).query(Long.class).single();
        assertThat(flags).isEqualTo(5);
    }
}
