package cn.gov.amr.credit.disclosure;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.amr.credit.disclosure.application.BulkFiles;
import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.shared.Hashes;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.Zips;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The daily bulk file: a newly ingested penalty is in the next file (inside its publicity period, with
 * personal numbers typed into its text masked), a penalty that has left its publicity period since the
 * previous file is not, and the change feed names its entity (PUBLICITY) after that file's cursor.
 */
class BulkFileTest extends PlatformIntegrationTest {

    private static final String ID_NUMBER = "11010519491231002X";
    private static final String MOBILE = "13912345678";

    @Autowired
    private BulkFiles bulkFiles;

    @Test
    void theNextFileHoldsANewlyIngestedPenaltyAndTheFeedWithdrawsAnExpiredOne() throws IOException {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] entity = IngestionTestData.entity(admin);
        LocalDate today = LegalTime.today(java.time.Clock.systemUTC());
        // a low-amount fine: public for three months from its decision
        var fresh = penalty(entity[0], entity[1], "瑞市监罚〔2026〕7001号");
        fresh.put("decisionDate", today.minusDays(10).toString());
        fresh.put("validUntil", today.plusYears(1).toString());
        fresh.put("content", "警告并处罚款5000元（法定代表人身份证号" + ID_NUMBER + "，电话" + MOBILE + "）");
        var expiring = penalty(entity[0], entity[1], "瑞市监罚〔2026〕7002号");
        expiring.put("decisionDate", today.minusDays(120).toString());
        expiring.put("validUntil", today.plusYears(1).toString());
        IngestionTestData.pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(fresh, expiring));

        var before = bulkFiles.generate(today.minusDays(100));
        assertThat(penaltiesOf(before.day())).contains("瑞市监罚〔2026〕7002号");
        // the next day's file: the expiring penalty has left its publicity period since, and the feed says so
        var next = bulkFiles.generate(today.minusDays(1));
        assertThat(penaltiesOf(next.day())).doesNotContain("瑞市监罚〔2026〕7002号");
        assertThat(changesAfter(next.feedCursor(), entity[0])).contains("PUBLICITY");

        var response = admin.postJson("/api/v1/bulk-files", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode file = Json.parse(response.body());
        assertThat(file.get("day").asString()).isEqualTo(today.toString());

        var listed = Json.parse(http().get("/api/v1/public/bulk-files").body()).get("items");
        assertThat(listed.get(0).get("day").asString()).isEqualTo(today.toString());
        var download = http().getBytes(file.get("url").asString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(Hashes.sha256Hex(download.body())).isEqualTo(file.get("sha256").asString());
        assertThat(http().getBytes("/api/v1/public/bulk-files/latest").body()).isEqualTo(download.body());

        var texts = Zips.texts(download.body());
        var manifest = Json.parse(texts.get("manifest.json"));
        for (JsonNode described : manifest.get("files")) {
            var rows = csv(texts.get(described.get("name").asString()));
            assertThat(rows.get(0).toList()).as(described.get("name").asString())
                    .isEqualTo(described.get("columns").valueStream().map(JsonNode::asString).toList());
            assertThat(rows).hasSize(described.get("rows").asInt() + 1);
        }
        assertThat(csv(texts.get("entities.csv")).stream().map(r -> r.get(0))).contains(entity[0]);
        var penalties = csv(texts.get("penalties.csv"));
        var ours = penalties.stream().filter(r -> r.get(0).equals(entity[0])).toList();
        assertThat(ours).extracting(r -> r.get(1)).containsExactly("瑞市监罚〔2026〕7001号");
        String all = String.join("\n", texts.values());
        assertThat(all).doesNotContain(ID_NUMBER).doesNotContain(MOBILE).contains("110105********002X")
                .contains("139****5678");
    }

    @Test
    void theDailyJobWritesNothingMoreOnceTodaysFileExists() {
        LocalDate today = LegalTime.today(java.time.Clock.systemUTC());
        var written = bulkFiles.generate(today);
        assertThat(bulkFiles.generateIfDue()).isEmpty();
        assertThat(bulkFiles.find(today).generatedAt()).as("not written again").isEqualTo(written.generatedAt());
        assertThat(bulkFiles.find(today).sha256()).isEqualTo(written.sha256());
    }

    @Test
    void unknownDaysAnswer404AndOnlyAnAdminWritesAFile() {
        var missing = http().get("/api/v1/public/bulk-files/1999-01-01");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Json.parse(missing.body()).get("code").asString()).isEqualTo("BULK_FILE_NOT_FOUND");
        assertThat(http().get("/api/v1/public/bulk-files/yesterday").statusCode()).isEqualTo(404);
        assertThat(http().postJson("/api/v1/bulk-files", null).statusCode()).isEqualTo(401);
    }

    private String penaltiesOf(LocalDate day) {
        var out = new java.io.ByteArrayOutputStream();
        bulkFiles.send(day, f -> out);
        return Zips.texts(out.toByteArray()).get("penalties.csv");
    }

    /** The feed's reasons for the entity after the cursor (its appends may still be on their way: up to 5 s). */
    private List<String> changesAfter(String cursor, String entityCode) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        List<String> reasons;
        do {
            reasons = FeedPages.drain(http(), cursor).reasonsFor(entityCode);
        } while (reasons.isEmpty() && Instant.now().isBefore(deadline));
        return reasons;
    }

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
