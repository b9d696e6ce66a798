package cn.gov.amr.credit.classification.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.classification.model.Evaluation.ProfessionalEvaluation;
import cn.gov.amr.credit.classification.model.Evaluation.Scored;
import tools.jackson.databind.json.JsonMapper;

/** The default model, small models written in tests, and lookups of an evaluation's parts by id. */
final class Models {

    static final ModelDefinition DEFAULT = load();

    private Models() {
    }

    private static ModelDefinition load() {
        return DefaultModels.general(JsonMapper.shared());
    }

    static Evaluation evaluate(EntityFacts facts) {
        return ModelEvaluator.evaluate(DEFAULT, facts, Facts.CONTEXT);
    }

    static Evaluation evaluate(Facts facts) {
        return evaluate(facts.build());
    }

    /** The general indicator {@code id} of {@code model} as scored in {@code evaluation}. */
    static Scored indicator(ModelDefinition model, Evaluation evaluation, String id) {
        return evaluation.indicators().get(indexOf(model.indicators(), id));
    }

    static Scored indicator(Evaluation evaluation, String id) {
        return indicator(DEFAULT, evaluation, id);
    }

    /** The part of professional model {@code id} in the evaluation, or null when the entity is outside it. */
    static ProfessionalEvaluation professional(Evaluation evaluation, String id) {
        return evaluation.professional().stream().filter(p -> p.model().equals(id)).findFirst().orElse(null);
    }

    static Scored professionalIndicator(Evaluation evaluation, String model, String id) {
        var definition = DEFAULT.professional().stream().filter(p -> p.id().equals(model)).findFirst().orElseThrow();
        var part = professional(evaluation, model);
        if (part == null) {
            throw new AssertionError("entity outside professional model " + model);
        }
        return part.indicators().get(indexOf(definition.indicators(), id));
    }

    static int indexOf(List<IndicatorDef> indicators, String id) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no indicator " + id);
    }

    static int overrideIndex(String nameStart) {
        for (int i = 0; i < DEFAULT.overrides().size(); i++) {
            if (DEFAULT.overrides().get(i).name().startsWith(nameStart)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no override " + nameStart);
    }

    // --- small models written in tests ---

    /** Classes from letters and minimums: {@code classes("A", null, "B", 10)}. */
    static List<RiskClassDef> classes(Object... letterAndMin) {
        var classes = new ArrayList<RiskClassDef>();
        for (int i = 0; i < letterAndMin.length; i += 2) {
            classes.add(new RiskClassDef((String) letterAndMin[i], "级别" + letterAndMin[i], (Integer) letterAndMin[i + 1]));
        }
        return classes;
    }

    static Points per(int per, Integer max) {
        return new Points(per, max, null);
    }

    static Points bands(Points.Band... bands) {
        return new Points(null, null, List.of(bands));
    }

    static Points.Band band(String atLeast, String below, int points) {
        return new Points.Band(atLeast == null ? null : new BigDecimal(atLeast),
                below == null ? null : new BigDecimal(below), points);
    }

    static Measure measure(MeasureType type) {
        return new Measure(type, null, null, null, null, null, null, null, null, null);
    }

    static Measure count(String kind, Integer withinMonths) {
        return new Measure(MeasureType.RECORD_COUNT, List.of(kind), withinMonths, null, null, null, null, null, null, null);
    }

    static Measure countWhere(String kind, String field, List<String> values, List<String> contains) {
        return new Measure(MeasureType.RECORD_COUNT, List.of(kind), null, null, field, values, contains, null, null, null);
    }

    static Measure flag(String flag) {
        return new Measure(MeasureType.FLAG, null, null, null, null, null, null, flag, null, null);
    }

    static Measure listed(String... lists) {
        return new Measure(MeasureType.LISTED, null, null, null, null, null, null, null, List.of(lists), null);
    }

    static IndicatorDef indicator(String id, Measure measure, Points points) {
        return new IndicatorDef(id, "指标" + id, Dimension.SUPERVISION, "次", measure, points);
    }

    static Condition atLeast(String indicator, int value) {
        return new Condition(indicator, BigDecimal.valueOf(value), null);
    }

    static Condition atMost(String indicator, int value) {
        return new Condition(indicator, null, BigDecimal.valueOf(value));
    }

    static OverrideDef override(OverrideEffect effect, String riskClass, Condition... when) {
        return new OverrideDef("规则" + effect + riskClass, List.of(when), effect, riskClass);
    }
}
