package cn.gov.amr.credit.disclosure;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

/** The change feed names an entity when it is registered and when a newly ingested penalty reaches it. */
class ChangeFeedTest extends PlatformIntegrationTest {

    @Test
    void aNewlyIngestedPenaltyAppearsInTheFeedAfterTheCursor() {
        var anonymous = http();
        String cursor = FeedPages.drain(anonymous, "").cursor();
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] entity = IngestionTestData.entity(admin);
        var row = penalty(entity[0], entity[1], "瑞市监罚〔2026〕41号");
        IngestionTestData.pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(row));

        var reasons = new ArrayList<String>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline) && !reasons.contains("RECORDS")) {
            var page = FeedPages.drain(anonymous, cursor);
            reasons.addAll(page.reasonsFor(entity[0]));
            cursor = page.cursor();
        }
        assertThat(reasons).contains("REGISTRY", "RECORDS");
        assertThat(anonymous.get("/api/v1/public/changes?since=abc").statusCode()).isEqualTo(400);
    }
}
