package cn.gov.amr.credit.ingestion;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static cn.gov.amr.credit.ingestion.IngestionTestData.pushAndAwait;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.amr.credit.ingestion.schema.PenaltyFields;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rules read an entity's current records with their typed values, personal data masked. */
class CreditRecordsForRulesTest extends PlatformIntegrationTest {

    @Autowired
    CreditRecords records;

    @Test
    void aRuleReadsAPenaltysFineDatesAndCategoriesWithTheirTypes() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] entity = IngestionTestData.entity(admin);
        var row = penalty(entity[0], entity[1], "瑞市监罚〔2026〕88号");
        row.put("fineAmount", "1.25");
        row.put("partyIdNumber", "360481199001011231");
        pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(row));

        var read = records.forRules(List.of(entity[0]), List.of(RecordKind.PENALTY));

        assertThat(read).hasSize(1);
        TypedRecord penalty = read.get(0);
        assertThat(penalty.entityCode()).isEqualTo(entity[0]);
        assertThat(penalty.kind()).isEqualTo(RecordKind.PENALTY);
        assertThat(penalty.naturalKey()).isEqualTo("瑞市监罚〔2026〕88号");
        assertThat(penalty.decidedOn()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(penalty.validUntil()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(penalty.amount(PenaltyFields.FINE_AMOUNT)).contains(new BigDecimal("1.25"));
        assertThat(penalty.yuan(PenaltyFields.FINE_AMOUNT)).hasValueSatisfying(
                y -> assertThat(y).isEqualByComparingTo("12500"));
        assertThat(penalty.date(PenaltyFields.DECISION_DATE)).contains(LocalDate.of(2022, 3, 15));
        assertThat(penalty.choiceCodes(PenaltyFields.PENALTY_CATEGORIES)).containsExactly("01", "03");
        assertThat(penalty.text(PenaltyFields.PARTY_ID_NUMBER)).hasValueSatisfying(
                id -> assertThat(id).doesNotContain("199001011234"));
        assertThat(records.facts(List.of(entity[0]), List.of(RecordKind.PENALTY))).containsExactly(penalty.fact());
        assertThat(records.forRules(List.of(entity[0]), List.of(RecordKind.LICENCE))).isEmpty();
    }
}
