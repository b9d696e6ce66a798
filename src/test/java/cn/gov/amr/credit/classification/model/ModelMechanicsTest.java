package cn.gov.amr.credit.classification.model;

import static cn.gov.amr.credit.classification.model.Facts.CONTEXT;
import static cn.gov.amr.credit.classification.model.Facts.TODAY;
import static cn.gov.amr.credit.classification.model.Models.atLeast;
import static cn.gov.amr.credit.classification.model.Models.atMost;
import static cn.gov.amr.credit.classification.model.Models.classes;
import static cn.gov.amr.credit.classification.model.Models.count;
import static cn.gov.amr.credit.classification.model.Models.indicator;
import static cn.gov.amr.credit.classification.model.Models.listed;
import static cn.gov.amr.credit.classification.model.Models.override;
import static cn.gov.amr.credit.classification.model.Models.per;
import static cn.gov.amr.credit.classification.model.Records.warning;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.gov.amr.credit.lists.ListKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a model turns a score into a class, with models written here: the classes and their letters come
 * from the model (a five-class A–E model works), class minimums are inclusive, professional classes
 * combine by WORSE_OF or SHIFT_ONE, overrides apply in order after the professional models.
 */
class ModelMechanicsTest {

    /** 10 points per penalty, no cap. */
    private static final IndicatorDef PENALTIES = indicator("penalties", count("PENALTY", 36), per(10, null));
    /** 1 per serious-dishonest listing, no points. */
    private static final IndicatorDef SERIOUS = indicator("serious", listed("SERIOUS_DISHONEST"), per(0, 0));

    private static Facts withPenalties(int count) {
        var facts = Facts.typical();
        for (int i = 0; i < count; i++) {
            facts.records(warning(TODAY.minusMonths(1)));
        }
        return facts;
    }

    private static Evaluation evaluate(ModelDefinition model, Facts facts) {
        return ModelEvaluator.evaluate(model, facts.build(), CONTEXT);
    }

    private static ModelDefinition model(List<RiskClassDef> classes, List<OverrideDef> overrides,
                                         List<ProfessionalDef> professional) {
        return new ModelDefinition("测试模型", classes, List.of(PENALTIES, SERIOUS), overrides, professional);
    }

    private static ModelDefinition fourClasses(List<OverrideDef> overrides, List<ProfessionalDef> professional) {
        return model(classes("A", null, "B", 10, "C", 30, "D", 60), overrides, professional);
    }

    @ParameterizedTest(name = "{0} penalties: {1}")
    @CsvSource({"0,A", "1,B", "2,C", "3,D", "4,E", "9,E"})
    void aFiveClassModelClassifiesIntoItsOwnLetters(int penalties, String expected) {
        var model = model(classes("A", null, "B", 10, "C", 20, "D", 30, "E", 40), List.of(), List.of());
        var evaluation = evaluate(model, withPenalties(penalties));
        assertThat(evaluation.score()).isEqualTo(10 * penalties);
        assertThat(evaluation.generalClass()).isEqualTo(expected);
        assertThat(evaluation.riskClass()).isEqualTo(expected);
    }

    @Test
    void lettersAreWhateverTheModelNames() {
        var model = model(classes("低", null, "高", 15), List.of(), List.of());
        assertThat(evaluate(model, withPenalties(1)).riskClass()).isEqualTo("低");
        assertThat(evaluate(model, withPenalties(2)).riskClass()).isEqualTo("高");
    }

    @ParameterizedTest(name = "score {0}: {1}")
    @CsvSource({"-5,A", "0,A", "9,A", "10,B", "29,B", "30,C", "59,C", "60,D", "1000,D"})
    void aClassStartsAtItsMinimumScoreAndTheFirstTakesEveryScoreBelow(int score, String expected) {
        var up = indicator("up", Models.measure(MeasureType.RELATED_BAD_ENTITIES), per(1, null));
        var down = indicator("down", Models.measure(MeasureType.ENTITY_AGE), per(-1, null));
        var model = new ModelDefinition("测试模型", classes("A", null, "B", 10, "C", 30, "D", 60), List.of(up, down),
                List.of(), List.of());
        var facts = Facts.typical().relatedBadEntities(Math.max(score, 0)).agedYears(Math.max(-score, 0));
        var evaluation = evaluate(model, facts);
        assertThat(evaluation.score()).isEqualTo(score);
        assertThat(evaluation.riskClass()).isEqualTo(expected);
    }

    // --- professional models ---

    private static ProfessionalDef professional(CombineRule combine, int pointsPerPenalty) {
        var inDomain = new Measure(MeasureType.INDUSTRY, null, null, null, null, List.of("H62"), null, null, null, null);
        return new ProfessionalDef("catering", "餐饮专业模型", List.of(inDomain),
                classes("A", null, "B", 10, "C", 30, "D", 60),
                List.of(indicator("cateringPenalties", count("PENALTY", 36), per(pointsPerPenalty, null))), combine);
    }

    @ParameterizedTest(name = "{0}: general {1} (x10), professional x{2} → {3}")
    @CsvSource({
            // general B, professional D: the worse is D; one step towards it is C
            "WORSE_OF,0,0,A,false", "WORSE_OF,1,6,D,true", "WORSE_OF,2,2,C,true", "WORSE_OF,1,1,B,false",
            "WORSE_OF,3,0,C,false", "WORSE_OF,6,0,D,false",
            "SHIFT_ONE,0,0,A,false", "SHIFT_ONE,1,3,C,true", "SHIFT_ONE,1,6,C,true", "SHIFT_ONE,1,1,B,false",
            // a better professional class moves the general class one step down
            "SHIFT_ONE,3,0,B,true", "SHIFT_ONE,2,0,A,true", "SHIFT_ONE,6,0,C,true"})
    void aProfessionalClassRefinesTheGeneralClassByItsCombineRule(CombineRule rule, int penalties, int perPenalty,
                                                                String expected, boolean decisive) {
        // general: 10 per penalty, minimums 10/30/60; professional: perPenalty x10 per penalty, same minimums
        var model = fourClasses(List.of(), List.of(professional(rule, perPenalty * 10)));
        var evaluation = evaluate(model, withPenalties(penalties).industry("H6210"));
        assertThat(evaluation.professional()).hasSize(1);
        assertThat(evaluation.professional().get(0).decisive()).isEqualTo(decisive);
        assertThat(evaluation.riskClass()).isEqualTo(expected);
    }

    @Test
    void anEntityOutsideTheDomainKeepsTheGeneralClass() {
        var model = fourClasses(List.of(), List.of(professional(CombineRule.WORSE_OF, 60)));
        var evaluation = evaluate(model, withPenalties(1));
        assertThat(evaluation.professional()).isEmpty();
        assertThat(evaluation.riskClass()).isEqualTo("B");
    }

    // --- overrides ---

    @Test
    void aSetOverrideDecidesTheClassAndEndsTheRules() {
        var model = fourClasses(List.of(override(OverrideEffect.SET, "D", atLeast("serious", 1)),
                override(OverrideEffect.SET, "A", atLeast("serious", 1))), List.of());
        var evaluation = evaluate(model, Facts.typical().listed(ListKind.SERIOUS_DISHONEST));
        assertThat(evaluation.generalClass()).isEqualTo("A");
        assertThat(evaluation.riskClass()).isEqualTo("D");
        assertThat(evaluation.overrideIndex()).isZero();
    }

    @Test
    void aSetOverrideAlsoLowersTheClass() {
        var model = fourClasses(List.of(override(OverrideEffect.SET, "B", atLeast("penalties", 5))), List.of());
        var evaluation = evaluate(model, withPenalties(7));
        assertThat(evaluation.generalClass()).isEqualTo("D");
        assertThat(evaluation.riskClass()).isEqualTo("B");
        assertThat(evaluation.overrideIndex()).isZero();
    }

    @ParameterizedTest(name = "{0} penalties, at least C: {1}")
    @CsvSource({"0,C", "2,C", "3,C", "6,D"})
    void anAtLeastOverrideRaisesButNeverLowers(int penalties, String expected) {
        var model = fourClasses(List.of(override(OverrideEffect.AT_LEAST, "C", atMost("serious", 0))), List.of());
        assertThat(evaluate(model, withPenalties(penalties)).riskClass()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} penalties, at most B: {1}")
    @CsvSource({"0,A", "1,B", "3,B", "6,B"})
    void anAtMostOverrideLowersButNeverRaises(int penalties, String expected) {
        var model = fourClasses(List.of(override(OverrideEffect.AT_MOST, "B", atMost("serious", 0))), List.of());
        assertThat(evaluate(model, withPenalties(penalties)).riskClass()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} penalties: override holds {1}")
    @CsvSource({"1,false", "2,true", "3,true", "4,false"})
    void conditionBoundsAreInclusiveAndEveryConditionMustHold(int penalties, boolean holds) {
        var model = fourClasses(List.of(override(OverrideEffect.SET, "A", atLeast("penalties", 2),
                atMost("penalties", 3))), List.of());
        var evaluation = evaluate(model, withPenalties(penalties));
        assertThat(evaluation.overrideIndex() != null).isEqualTo(holds);
        if (holds) {
            assertThat(evaluation.riskClass()).isEqualTo("A");
        }
    }

    @Test
    void overridesApplyAfterTheProfessionalModels() {
        var model = fourClasses(List.of(override(OverrideEffect.AT_MOST, "B", atMost("serious", 0))),
                List.of(professional(CombineRule.WORSE_OF, 60)));
        var evaluation = evaluate(model, withPenalties(1).industry("H6210"));
        assertThat(evaluation.professional().get(0).riskClass()).isEqualTo("D");
        assertThat(evaluation.riskClass()).isEqualTo("B");
        assertThat(evaluation.overrideIndex()).isZero();
    }

    @Test
    void laterOverridesSeeTheClassEarlierOnesLeft() {
        var model = fourClasses(List.of(override(OverrideEffect.AT_LEAST, "D", atLeast("penalties", 1)),
                override(OverrideEffect.AT_MOST, "C", atLeast("penalties", 2))), List.of());
        assertThat(evaluate(model, withPenalties(1)).riskClass()).isEqualTo("D");
        var two = evaluate(model, withPenalties(2));
        assertThat(two.riskClass()).isEqualTo("C");
        assertThat(two.overrideIndex()).isEqualTo(1);
    }
}
