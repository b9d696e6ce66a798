package cn.gov.amr.credit.disclosure;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The change feed names an entity when it is registered and when a newly ingested penalty reaches it. */
class ChangeFeedTest extends PlatformIntegrationTest {

    @Test
    void aNewlyIngestedPenaltyAppearsInTheFeedAfterTheCursor() {
        var anonymous = http();
        String cursor = drain(anonymous, "").cursor;
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] entity = IngestionTestData.entity(admin);
        var row = penalty(entity[0], entity[1], "瑞市监罚〔2026〕41号");
        IngestionTestData.pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(row));

        var reasons = new ArrayList<String>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline) && !reasons.contains("RECORDS")) {
            var page = drain(anonymous, cursor);
            page.items.stream().filter(i -> i.get("entityCode").asString().equals(entity[0]))
                    .forEach(i -> reasons.add(i.get("reason").asString()));
            cursor = page.cursor;
        }
        assertThat(reasons).contains("REGISTRY", "RECORDS");
        assertThat(anonymous.get("/api/v1/public/changes?since=abc").statusCode()).isEqualTo(400);
    }

    private record Drained(List<JsonNode> items, String cursor) {
    }

    /** Reads every page after {@code since}; returns the items and the last cursor. */
    private static Drained drain(TestHttp client, String since) {
        var items = new ArrayList<JsonNode>();
        String cursor = since;
        while (true) {
            var response = client.get("/api/v1/public/changes?size=1000&since=" + cursor);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode page = Json.parse(response.body());
            page.get("items").forEach(items::add);
            String next = page.get("nextCursor").asString();
            if (page.get("items").isEmpty() || next.equals(cursor)) {
                return new Drained(items, next);
            }
            cursor = next;
        }
    }
}
