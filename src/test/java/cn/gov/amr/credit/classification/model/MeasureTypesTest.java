package cn.gov.amr.credit.classification.model;

import static cn.gov.amr.credit.classification.model.Facts.CONTEXT;
import static cn.gov.amr.credit.classification.model.Facts.TODAY;
import static cn.gov.amr.credit.classification.model.Models.classes;
import static cn.gov.amr.credit.classification.model.Models.indicator;
import static cn.gov.amr.credit.classification.model.Models.per;
import static cn.gov.amr.credit.classification.model.Records.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.amr.credit.registry.EntityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the measure types the default model does not exercise at their edges read ({@link MeasureType}):
 * a choice matched by its label as well as its code, a record count without a window, only records in
 * force, the entity's kind.
 */
class MeasureTypesTest {

    private static BigDecimal value(Measure measure, Facts facts) {
        var model = new ModelDefinition("测试模型", classes("A", null, "B", 10), List.of(indicator("x", measure, per(1, null))),
                List.of(), List.of());
        return ModelEvaluator.evaluate(model, facts.build(), CONTEXT).indicators().get(0).value();
    }

    private static Measure penaltiesWhere(List<String> values, List<String> contains, Integer withinMonths, Boolean inForce) {
        return new Measure(MeasureType.RECORD_COUNT, List.of("PENALTY"), withinMonths, inForce, "penaltyCategories",
                values, contains, null, null, null);
    }

    @ParameterizedTest(name = "values {0}: {1}")
    @CsvSource({"03,1", "01,1", "08,0", "吊销许可证件,0", "03;08,1"})
    void aChoiceMatchesByTheNationalCodeOfAnyOfItsValues(String values, int expected) {
        var facts = Facts.typical().records(penalty(TODAY, "警告;罚款", "1", "虚假宣传"));
        assertThat(value(penaltiesWhere(List.of(values.split(";")), null, null, null), facts))
                .isEqualByComparingTo(Integer.toString(expected));
    }

    @Test
    void aSingleChoiceMatchesByItsLabel() {
        var facts = Facts.typical().records(penalty(TODAY, "罚款", "1", "虚假宣传"));
        assertThat(value(penaltiesWhere(List.of("罚款"), null, null, null), facts)).isEqualByComparingTo("1");
        assertThat(value(penaltiesWhere(List.of("警告"), null, null, null), facts)).isEqualByComparingTo("0");
    }

    @Test
    void aLabelMatchesOneOfSeveralChoices() {
        var facts = Facts.typical().records(penalty(TODAY, "警告;罚款", "1", "虚假宣传"));
        assertThat(value(penaltiesWhere(List.of("罚款"), null, null, null), facts)).isEqualByComparingTo("1");
    }

    @Test
    void aTextFieldMatchesByEqualityOrByContaining() {
        var facts = Facts.typical().records(penalty(TODAY, "警告", null, "虚假宣传"));
        var exactly = new Measure(MeasureType.RECORD_COUNT, List.of("PENALTY"), null, null, "violationType",
                List.of("虚假宣传"), null, null, null, null);
        var partly = new Measure(MeasureType.RECORD_COUNT, List.of("PENALTY"), null, null, "violationType",
                List.of("虚假"), null, null, null, null);
        var containing = new Measure(MeasureType.RECORD_COUNT, List.of("PENALTY"), null, null, "violationType",
                null, List.of("宣传"), null, null, null);
        assertThat(value(exactly, facts)).isEqualByComparingTo("1");
        assertThat(value(partly, facts)).isEqualByComparingTo("0");
        assertThat(value(containing, facts)).isEqualByComparingTo("1");
    }

    @Test
    void withoutAWindowEveryCurrentRecordCounts() {
        var facts = Facts.typical().records(penalty(TODAY.minusYears(20), "警告", null, "x"), penalty(TODAY, "警告", null, "x"));
        var all = new Measure(MeasureType.RECORD_COUNT, List.of("PENALTY"), null, null, null, null, null, null, null, null);
        assertThat(value(all, facts)).isEqualByComparingTo("2");
    }

    @Test
    void inForceLeavesOutRecordsWhoseValidityEnded() {
        var ended = Records.of(cn.gov.amr.credit.ingestion.RecordKind.PENALTY, TODAY.minusYears(2), TODAY.minusDays(1),
                "penaltyCategories", "罚款");
        var lastDay = Records.of(cn.gov.amr.credit.ingestion.RecordKind.PENALTY, TODAY.minusYears(2), TODAY,
                "penaltyCategories", "罚款");
        var open = Records.of(cn.gov.amr.credit.ingestion.RecordKind.PENALTY, TODAY.minusYears(2), null,
                "penaltyCategories", "罚款");
        var facts = Facts.typical().records(ended, lastDay, open);
        assertThat(value(penaltiesWhere(List.of("03"), null, null, true), facts)).isEqualByComparingTo("2");
        assertThat(value(penaltiesWhere(List.of("03"), null, null, null), facts)).isEqualByComparingTo("3");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"INDIVIDUAL_BUSINESS,1", "ENTERPRISE,0", "COOPERATIVE,1"})
    void theEntityKindMeasureIsOneForTheKindsNamed(EntityKind kind, int expected) {
        var measure = new Measure(MeasureType.ENTITY_KIND, null, null, null, null,
                List.of("INDIVIDUAL_BUSINESS", "COOPERATIVE"), null, null, null, null);
        assertThat(value(measure, Facts.typical().kind(kind))).isEqualByComparingTo(Integer.toString(expected));
    }

    @Test
    void anAmountSumsOnlyTheSelectedRecords() {
        var facts = Facts.typical().records(penalty(TODAY, "罚款", "2.5", "虚假宣传"), penalty(TODAY, "罚款", "1.25", "食品"),
                penalty(TODAY.minusMonths(13), "罚款", "100", "虚假宣传"));
        var lastYear = new Measure(MeasureType.RECORD_AMOUNT, List.of("PENALTY"), 12, null, "fineAmount", null, null,
                null, null, null);
        assertThat(value(lastYear, facts)).isEqualByComparingTo("3.75");
    }
}
