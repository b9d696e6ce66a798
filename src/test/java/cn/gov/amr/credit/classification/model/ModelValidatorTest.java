package cn.gov.amr.credit.classification.model;

import static cn.gov.amr.credit.classification.model.Models.atLeast;
import static cn.gov.amr.credit.classification.model.Models.band;
import static cn.gov.amr.credit.classification.model.Models.bands;
import static cn.gov.amr.credit.classification.model.Models.classes;
import static cn.gov.amr.credit.classification.model.Models.count;
import static cn.gov.amr.credit.classification.model.Models.flag;
import static cn.gov.amr.credit.classification.model.Models.indicator;
import static cn.gov.amr.credit.classification.model.Models.listed;
import static cn.gov.amr.credit.classification.model.Models.override;
import static cn.gov.amr.credit.classification.model.Models.per;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import cn.gov.amr.credit.classification.model.InvalidModelException.ModelProblem;
import org.junit.jupiter.api.Test;

/**
 * Every problem {@link ModelValidator} names is found in a definition that has it, with where it is; a
 * valid definition, the default model among them, has none.
 */
class ModelValidatorTest {

    private static final List<RiskClassDef> FOUR = classes("A", null, "B", 10, "C", 30, "D", 60);
    private static final IndicatorDef PENALTIES = indicator("penalties", count("PENALTY", 36), per(10, 40));
    private static final IndicatorDef SERIOUS = indicator("serious", listed("SERIOUS_DISHONEST"), per(0, 0));
    private static final OverrideDef SERIOUS_IS_D = override(OverrideEffect.SET, "D", atLeast("serious", 1));

    private static ProfessionalDef food(List<RiskClassDef> classes, CombineRule combine) {
        var domain = new Measure(MeasureType.INDUSTRY, null, null, null, null, List.of("H62"), null, null, null, null);
        return new ProfessionalDef("food", "食品专业模型", List.of(domain), classes, List.of(PENALTIES), combine);
    }

    private static ModelDefinition valid() {
        return new ModelDefinition("测试模型", FOUR, List.of(PENALTIES, SERIOUS), List.of(SERIOUS_IS_D),
                List.of(food(FOUR, CombineRule.WORSE_OF)));
    }

    private static ModelDefinition withClasses(List<RiskClassDef> classes) {
        return new ModelDefinition("测试模型", classes, List.of(PENALTIES, SERIOUS), List.of(), List.of());
    }

    private static ModelDefinition withIndicators(IndicatorDef... extra) {
        var indicators = new ArrayList<>(List.of(PENALTIES, SERIOUS));
        indicators.addAll(List.of(extra));
        return new ModelDefinition("测试模型", FOUR, indicators, List.of(SERIOUS_IS_D), List.of());
    }

    private static ModelDefinition withMeasure(Measure measure) {
        return withIndicators(indicator("x", measure, per(1, null)));
    }

    private static ModelDefinition withPoints(Points points) {
        return withIndicators(indicator("x", count("PENALTY", null), points));
    }

    private static ModelDefinition withOverride(OverrideDef rule) {
        return new ModelDefinition("测试模型", FOUR, List.of(PENALTIES, SERIOUS), List.of(rule), List.of());
    }

    private static ModelDefinition withProfessional(ProfessionalDef professional) {
        return new ModelDefinition("测试模型", FOUR, List.of(PENALTIES, SERIOUS), List.of(), List.of(professional));
    }

    private static Measure records(MeasureType type, String kind, String field, List<String> values) {
        return new Measure(type, List.of(kind), null, null, field, values, null, null, null, null);
    }

    private static void assertProblem(ModelDefinition model, String code, String where, String value) {
        assertThat(ModelValidator.problems(model)).contains(new ModelProblem(code, where, value));
    }

    private static void assertProblem(ModelDefinition model, String code, String where) {
        assertThat(ModelValidator.problems(model)).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.where()).isEqualTo(where);
        });
    }

    @Test
    void theDefaultModelIsValid() {
        assertThat(ModelValidator.problems(Models.DEFAULT)).isEmpty();
    }

    @Test
    void aSmallValidModelAndAFiveClassModelAreValid() {
        assertThat(ModelValidator.problems(valid())).isEmpty();
        assertThat(ModelValidator.problems(withClasses(classes("A", null, "B", 10, "C", 20, "D", 30, "E", 40)))).isEmpty();
    }

    @Test
    void aModelWithoutANameIsRefused() {
        var model = new ModelDefinition(" ", FOUR, List.of(PENALTIES), List.of(), List.of());
        assertProblem(model, "NAME_MISSING", "name");
    }

    // --- classes ---

    @Test
    void aModelNeedsTwoClasses() {
        assertProblem(withClasses(classes("A", null)), "TOO_FEW_CLASSES", "classes", "1");
        assertProblem(withClasses(List.of()), "TOO_FEW_CLASSES", "classes", "0");
    }

    @Test
    void aDuplicateOrEmptyLetterIsRefused() {
        assertProblem(withClasses(classes("A", null, "B", 10, "B", 30)), "LETTER_DUPLICATE", "classes[2].letter", "B");
        assertProblem(withClasses(classes("A", null, "", 10)), "LETTER_INVALID", "classes[1].letter", "");
    }

    @Test
    void aClassAfterTheFirstNeedsAMinimum() {
        assertProblem(withClasses(classes("A", null, "B", null, "C", 30)), "THRESHOLD_MISSING", "classes[1].minScore", "B");
    }

    @Test
    void thresholdsOutOfOrderAreRefused() {
        assertProblem(withClasses(classes("A", null, "B", 30, "C", 10)), "THRESHOLDS_OUT_OF_ORDER", "classes[2].minScore", "10");
        assertProblem(withClasses(classes("A", null, "B", 10, "C", 10)), "THRESHOLDS_OUT_OF_ORDER", "classes[2].minScore", "10");
    }

    // --- indicators ---

    @Test
    void anIndicatorWithoutIdNameDimensionMeasureOrPointsIsIncomplete() {
        var measure = count("PENALTY", 12);
        assertProblem(withIndicators(new IndicatorDef(null, "名", Dimension.BASIC, "", measure, per(1, null))),
                "INDICATOR_INCOMPLETE", "indicators[2]");
        assertProblem(withIndicators(new IndicatorDef("x", " ", Dimension.BASIC, "", measure, per(1, null))),
                "INDICATOR_INCOMPLETE", "indicators[2]", "x");
        assertProblem(withIndicators(new IndicatorDef("x", "名", null, "", measure, per(1, null))),
                "INDICATOR_INCOMPLETE", "indicators[2]", "x");
        assertProblem(withIndicators(new IndicatorDef("x", "名", Dimension.BASIC, "", null, per(1, null))),
                "INDICATOR_INCOMPLETE", "indicators[2]", "x");
        assertProblem(withIndicators(new IndicatorDef("x", "名", Dimension.BASIC, "", measure, null)),
                "INDICATOR_INCOMPLETE", "indicators[2]", "x");
    }

    @Test
    void aDuplicateIndicatorIdIsRefused() {
        assertProblem(withIndicators(indicator("penalties", count("PENALTY", 12), per(1, null))),
                "INDICATOR_DUPLICATE", "indicators[2].id", "penalties");
    }

    // --- measures ---

    @Test
    void aMeasureWithoutATypeOrWithoutWhatItsTypeNeedsIsIncomplete() {
        assertProblem(withMeasure(Models.measure(null)), "MEASURE_INCOMPLETE", "indicators[2].measure.type");
        assertProblem(withMeasure(Models.measure(MeasureType.RECORD_COUNT)), "MEASURE_INCOMPLETE", "indicators[2].measure.kinds");
        assertProblem(withMeasure(Models.measure(MeasureType.FLAG)), "MEASURE_INCOMPLETE", "indicators[2].measure.flag");
        assertProblem(withMeasure(Models.measure(MeasureType.LISTED)), "MEASURE_INCOMPLETE", "indicators[2].measure.lists");
        assertProblem(withMeasure(Models.measure(MeasureType.ENTITY_KIND)), "MEASURE_INCOMPLETE", "indicators[2].measure.values");
        assertProblem(withMeasure(Models.measure(MeasureType.INDUSTRY)), "MEASURE_INCOMPLETE", "indicators[2].measure.values");
        assertProblem(withMeasure(records(MeasureType.RECORD_AMOUNT, "PENALTY", null, null)),
                "MEASURE_INCOMPLETE", "indicators[2].measure.field");
        assertProblem(withMeasure(records(MeasureType.RECORD_COUNT, "PENALTY", null, List.of("03"))),
                "MEASURE_INCOMPLETE", "indicators[2].measure.field");
    }

    @Test
    void anUnknownRecordKindIsRefused() {
        assertProblem(withMeasure(count("FINE", 12)), "UNKNOWN_RECORD_KIND", "indicators[2].measure.kinds", "FINE");
    }

    @Test
    void anUnknownFieldOfTheKindIsRefused() {
        assertProblem(withMeasure(records(MeasureType.RECORD_COUNT, "PENALTY", "results", List.of("2"))),
                "UNKNOWN_FIELD", "indicators[2].measure.field", "PENALTY.results");
        assertProblem(withMeasure(records(MeasureType.RECORD_COUNT, "INSPECTION", "CF_CFLB", List.of("2"))),
                "UNKNOWN_FIELD", "indicators[2].measure.field", "INSPECTION.CF_CFLB");
    }

    @Test
    void anAmountOfAFieldThatIsNotAnAmountIsRefused() {
        assertProblem(withMeasure(records(MeasureType.RECORD_AMOUNT, "PENALTY", "violationType", null)),
                "FIELD_NOT_AMOUNT", "indicators[2].measure.field", "PENALTY.violationType");
        assertThat(ModelValidator.problems(withMeasure(records(MeasureType.RECORD_AMOUNT, "PENALTY", "fineAmount", null))))
                .isEmpty();
    }

    @Test
    void anUnknownFlagListOrEntityKindIsRefused() {
        assertProblem(withMeasure(flag("BANKRUPT")), "UNKNOWN_FLAG", "indicators[2].measure.flag", "BANKRUPT");
        assertProblem(withMeasure(listed("ABNORMAL", "BLACKLIST")), "UNKNOWN_LIST", "indicators[2].measure.lists", "BLACKLIST");
        assertProblem(withMeasure(new Measure(MeasureType.ENTITY_KIND, null, null, null, null, List.of("PERSON"), null,
                null, null, null)), "UNKNOWN_ENTITY_KIND", "indicators[2].measure.values", "PERSON");
    }

    @Test
    void aWindowOfNoMonthsOrYearsIsRefused() {
        assertProblem(withMeasure(count("PENALTY", 0)), "WINDOW_INVALID", "indicators[2].measure.withinMonths", "0");
        assertProblem(withMeasure(new Measure(MeasureType.ANNUAL_REPORTS_MISSING, null, null, null, null, null, null,
                null, null, -1)), "WINDOW_INVALID", "indicators[2].measure.withinYears", "-1");
    }

    // --- points ---

    @Test
    void pointsNeedExactlyOneForm() {
        assertProblem(withPoints(new Points(null, null, null)), "POINTS_FORM", "indicators[2].points");
        assertProblem(withPoints(new Points(5, 10, List.of(band("1", null, 3)))), "POINTS_FORM", "indicators[2].points");
    }

    @Test
    void bandsOutOfOrderOrEmptyAreRefused() {
        assertProblem(withPoints(bands(band("10", null, 8), band("1", "10", 3))), "BANDS_OUT_OF_ORDER",
                "indicators[2].points.bands[1]");
        assertProblem(withPoints(bands(band("1", "20", 3), band("10", null, 8))), "BANDS_OUT_OF_ORDER",
                "indicators[2].points.bands[1]");
        assertProblem(withPoints(bands(band("5", "5", 3))), "BANDS_OUT_OF_ORDER", "indicators[2].points.bands[0]");
        assertThat(ModelValidator.problems(withPoints(bands(band(null, "1", 8), band("1", "3", 4), band("5", null, 1)))))
                .isEmpty();
    }

    // --- overrides ---

    @Test
    void anOverrideNamingAnUnknownIndicatorIsRefused() {
        assertProblem(withOverride(override(OverrideEffect.SET, "D", atLeast("blacklisted", 1))),
                "UNKNOWN_INDICATOR", "overrides[0].when[0].indicator", "blacklisted");
    }

    @Test
    void anOverrideNamingAProfessionalIndicatorIsRefused() {
        var professional = new ProfessionalDef("food", "食品", food(FOUR, CombineRule.WORSE_OF).domain(), FOUR,
                List.of(indicator("foodOnly", count("PENALTY", 12), per(1, null))), CombineRule.WORSE_OF);
        var model = new ModelDefinition("测试模型", FOUR, List.of(PENALTIES), List.of(override(OverrideEffect.SET, "D",
                atLeast("foodOnly", 1))), List.of(professional));
        assertProblem(model, "UNKNOWN_INDICATOR", "overrides[0].when[0].indicator", "foodOnly");
    }

    @Test
    void anOverrideNamingAnUnknownClassIsRefused() {
        assertProblem(withOverride(override(OverrideEffect.SET, "E", atLeast("serious", 1))),
                "UNKNOWN_CLASS", "overrides[0].riskClass", "E");
    }

    @Test
    void anOverrideWithoutConditionsOrEffectIsIncomplete() {
        assertProblem(withOverride(override(OverrideEffect.SET, "D")), "OVERRIDE_INCOMPLETE", "overrides[0]");
        assertProblem(withOverride(new OverrideDef("规则", List.of(atLeast("serious", 1)), null, "D")),
                "OVERRIDE_INCOMPLETE", "overrides[0]", "规则");
    }

    // --- professional models ---

    @Test
    void aProfessionalModelWithOtherLettersIsRefused() {
        assertProblem(withProfessional(food(classes("A", null, "B", 10, "C", 30), CombineRule.WORSE_OF)),
                "PROFESSIONAL_LETTERS", "professional[0].classes", "A,B,C");
        assertProblem(withProfessional(food(classes("A", null, "B", 10, "C", 30, "E", 60), CombineRule.WORSE_OF)),
                "PROFESSIONAL_LETTERS", "professional[0].classes", "A,B,C,E");
    }

    @Test
    void aProfessionalModelWithoutIdDomainOrCombineRuleIsIncomplete() {
        var domain = food(FOUR, CombineRule.WORSE_OF).domain();
        assertProblem(withProfessional(food(FOUR, null)), "PROFESSIONAL_INCOMPLETE", "professional[0]", "food");
        assertProblem(withProfessional(new ProfessionalDef(null, "食品", domain, FOUR, List.of(PENALTIES),
                CombineRule.WORSE_OF)), "PROFESSIONAL_INCOMPLETE", "professional[0]");
        assertProblem(withProfessional(new ProfessionalDef("food", "食品", List.of(), FOUR, List.of(PENALTIES),
                CombineRule.WORSE_OF)), "PROFESSIONAL_INCOMPLETE", "professional[0]", "food");
    }

    @Test
    void aProfessionalModelsOwnPartsAreCheckedToo() {
        var badDomain = new Measure(MeasureType.RECORD_COUNT, List.of("LICENSE"), null, null, null, null, null, null,
                null, null);
        var model = withProfessional(new ProfessionalDef("food", "食品", List.of(badDomain),
                classes("A", null, "B", 30, "C", 20, "D", 60), List.of(PENALTIES, PENALTIES), CombineRule.SHIFT_ONE));
        assertProblem(model, "UNKNOWN_RECORD_KIND", "professional[0].domain[0].kinds", "LICENSE");
        assertProblem(model, "THRESHOLDS_OUT_OF_ORDER", "professional[0].classes[2].minScore", "20");
        assertProblem(model, "INDICATOR_DUPLICATE", "professional[0].indicators[1].id", "penalties");
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        var model = new ModelDefinition(null, classes("A", null, "A", 10), List.of(indicator("x", count("FINE", 0),
                new Points(null, null, null))), List.of(override(OverrideEffect.SET, "Z", atLeast("y", 1))), List.of());
        assertThat(ModelValidator.problems(model)).extracting(ModelProblem::code).contains("NAME_MISSING",
                "LETTER_DUPLICATE", "UNKNOWN_RECORD_KIND", "WINDOW_INVALID",
                "POINTS_FORM", "UNKNOWN_CLASS", "UNKNOWN_INDICATOR");
    }

    @Test
    void everyProblemTheValidatorGivesHasItsMessageInBothLanguages() throws IOException {
        var broken = List.of(
                new ModelDefinition(null, classes("A", null, "A", null, "", 5, "C", 1), List.of(
                        new IndicatorDef("x", "名", null, "", count("FINE", 0), new Points(null, null, null)),
                        indicator("x", flag("BANKRUPT"), bands(band("5", "1", 3))),
                        indicator("y", listed("BLACKLIST"), per(1, null)),
                        indicator("z", new Measure(MeasureType.ENTITY_KIND, null, null, null, null, List.of("PERSON"),
                                null, null, null, null), per(1, null)),
                        indicator("u", records(MeasureType.RECORD_AMOUNT, "PENALTY", "violationType", null), per(1, null)),
                        indicator("v", records(MeasureType.RECORD_COUNT, "PENALTY", "results", List.of("2")), per(1, null)),
                        indicator("w", Models.measure(MeasureType.FLAG), per(1, null))),
                        List.of(override(OverrideEffect.SET, "Z"), override(OverrideEffect.SET, "A", atLeast("q", 1)),
                                override(OverrideEffect.SET, "A", new Condition("q", null, null))),
                        List.of(food(classes("A", null), null), food(FOUR, CombineRule.WORSE_OF), food(FOUR, CombineRule.WORSE_OF))),
                withClasses(classes("A", null)));
        var codes = broken.stream().flatMap(m -> ModelValidator.problems(m).stream()).map(ModelProblem::code)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        assertThat(codes).as("the broken models give every code the validator names").containsExactlyInAnyOrder(
                "NAME_MISSING", "TOO_FEW_CLASSES", "LETTER_INVALID", "LETTER_DUPLICATE", "THRESHOLD_MISSING",
                "THRESHOLDS_OUT_OF_ORDER", "INDICATOR_INCOMPLETE", "INDICATOR_DUPLICATE", "MEASURE_INCOMPLETE",
                "UNKNOWN_RECORD_KIND", "UNKNOWN_FIELD", "FIELD_NOT_AMOUNT", "UNKNOWN_FLAG", "UNKNOWN_LIST",
                "UNKNOWN_ENTITY_KIND", "WINDOW_INVALID", "POINTS_FORM", "BANDS_OUT_OF_ORDER", "OVERRIDE_INCOMPLETE",
                "UNKNOWN_INDICATOR", "CONDITION_EMPTY", "UNKNOWN_CLASS", "PROFESSIONAL_INCOMPLETE", "PROFESSIONAL_DUPLICATE",
                "PROFESSIONAL_LETTERS");
        for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
            var messages = new Properties();
            try (var in = getClass().getResourceAsStream(bundle)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(codes).as(bundle).allSatisfy(code -> assertThat(messages).containsKey("problem.field." + code));
        }
    }
}
