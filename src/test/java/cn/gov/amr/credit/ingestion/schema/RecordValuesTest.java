package cn.gov.amr.credit.ingestion.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import cn.gov.amr.credit.ingestion.RecordKind;
import org.junit.jupiter.api.Test;

/** A record's stored values read by field with their types. */
class RecordValuesTest {

    private static final RecordValues PENALTY = RecordValues.of(RecordKind.PENALTY, Map.of(
            "fineAmount", "0.5", "decisionDate", "2022-03-15", "penaltyCategories", "警告;罚款",
            "partyType", "个体工商户", "documentNumber", "瑞市监罚〔2026〕1号", "content", " "));

    @Test
    void anAmountReadsAsADecimalIn10000YuanAndInYuan() {
        assertThat(PENALTY.amount(PenaltyFields.FINE_AMOUNT)).contains(new BigDecimal("0.5"));
        assertThat(PENALTY.yuan(PenaltyFields.FINE_AMOUNT)).hasValueSatisfying(
                yuan -> assertThat(yuan).isEqualByComparingTo("5000"));
        assertThat(PENALTY.amount(PenaltyFields.CONFISCATED_AMOUNT)).isEmpty();
    }

    @Test
    void aDateReadsAsALocalDate() {
        assertThat(PENALTY.date(PenaltyFields.DECISION_DATE)).contains(LocalDate.of(2022, 3, 15));
        assertThat(PENALTY.date(PenaltyFields.VALID_UNTIL)).isEmpty();
    }

    @Test
    void choicesReadAsTheirNationalCodes() {
        assertThat(PENALTY.choiceCodes(PenaltyFields.PENALTY_CATEGORIES)).containsExactly("01", "03");
        assertThat(PENALTY.choiceCodes(PenaltyFields.PARTY_TYPE)).containsExactly("3");
        assertThat(RecordValues.of(RecordKind.ANNUAL_REPORT, Map.of("published", "否"))
                .choiceCodes(AnnualReportFields.PUBLISHED)).containsExactly("0");
    }

    @Test
    void textReadsAsStoredAndABlankValueAsEmpty() {
        assertThat(PENALTY.text(PenaltyFields.DOCUMENT_NUMBER)).contains("瑞市监罚〔2026〕1号");
        assertThat(PENALTY.text(PenaltyFields.CONTENT)).isEmpty();
    }

    @Test
    void aYearAndACountReadAsNumbers() {
        var report = RecordValues.of(RecordKind.ANNUAL_REPORT, Map.of("reportYear", "2024", "employees", "12"));
        assertThat(report.number(AnnualReportFields.REPORT_YEAR)).contains(2024L);
        assertThat(report.number(AnnualReportFields.EMPLOYEES)).contains(12L);
    }

    @Test
    void aReadingTheFieldsTypeDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> PENALTY.amount(PenaltyFields.CONTENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PENALTY.content is TEXT, not AMOUNT");
        assertThatThrownBy(() -> PENALTY.choiceCodes(PenaltyFields.DECISION_DATE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFieldOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> PENALTY.date(LicenceFields.DECISION_DATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a field of PENALTY");
    }

    @Test
    void aKindsSchemaGivesItsFieldsTypesRolesAndChoices() {
        var penalty = KindSchema.of(RecordKind.PENALTY);
        assertThat(penalty.naturalKey()).isEqualTo(PenaltyFields.DOCUMENT_NUMBER);
        assertThat(penalty.decidedOn()).isEqualTo(PenaltyFields.DECISION_DATE);
        assertThat(penalty.role(FieldRole.VALID_UNTIL)).contains(PenaltyFields.VALID_UNTIL);
        assertThat(KindSchema.of(RecordKind.INSPECTION).role(FieldRole.VALID_UNTIL)).isEmpty();
        assertThat(PenaltyFields.FINE_AMOUNT.type()).isEqualTo(ValueType.AMOUNT);
        assertThat(PenaltyFields.DOCUMENT_NUMBER.roles()).containsExactly(FieldRole.NATURAL_KEY);
        assertThat(PenaltyFields.DOCUMENT_NUMBER.label()).isEqualTo("行政处罚决定书文号");
        assertThat(PenaltyFields.DOCUMENT_NUMBER.codes()).containsExactly("CF_WSH");
        assertThat(PenaltyFields.PARTY_ID_NUMBER.personal()).isTrue();
        assertThat(PenaltyFields.PENALTY_CATEGORIES.choices()).startsWith(new Choice("警告", "01"));
        assertThat(penalty.fields()).startsWith(PenaltyFields.PARTY_NAME).contains(PenaltyFields.FINE_AMOUNT);
    }
}
