package cn.gov.amr.credit.disclosure;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Invisible and control characters are removed at the door (issue 10): what the registry and ingestion
 * store has no zero-width or bidi characters, so every later scan reads a number whole.
 */
class TextAtTheDoorTest extends PlatformIntegrationTest {

    private static final String HIDDEN = "1391\u200B234\u202E5678\u00AD";

    @Test
    void invisibleCharactersInEntityFieldsAndRowValuesAreNotStored() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String code = RegistryTestData.creditCode('1');
        var body = RegistryTestData.fullEntity(code, "瑞昌\u200D" + RegistryTestData.han(4) + "商行", "PENCHENG",
                RegistryTestData.residentId());
        body.put("businessScope", "日用百货零售，联系" + HIDDEN + "\r\n第二行");
        body.put("address", "瑞昌市\uFEFF人民路" + HIDDEN);
        var registered = admin.postJson("/api/v1/entities", RegistryTestData.json(body));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String stored = jdbc.sql("select name || '|' || address || '|' || business_scope from registry.entities"
                + " where code = ?").param(code).query(String.class).single();
        assertThat(stored).doesNotContain("\u200B", "\u200D", "\u202E", "\u00AD", "\uFEFF", "\r")
                .contains("13912345678").contains("第二行");

        String[] department = IngestionTestData.department(admin, "PENALTY");
        var row = penalty(code, (String) body.get("name"), "瑞市监罚〔2026〕\u200B8801号");
        row.put("decisionDate", LocalDate.now().minusDays(3).toString());
        row.put("validUntil", LocalDate.now().plusYears(1).toString());
        row.put("content", "警告，当事人电话" + HIDDEN);
        IngestionTestData.pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(row));
        String payload = jdbc.sql("select natural_key || '|' || payload::text from ingestion.records where entity_code = ?")
                .param(code).query(String.class).single();
        assertThat(payload).doesNotContain("\u200B", "\u202E", "\u00AD").contains("13912345678")
                .contains("瑞市监罚〔2026〕8801号");
    }
}
