package cn.gov.amr.credit.classification.model;

import cn.gov.amr.credit.classification.model.Evaluation.ProfessionalEvaluation;
import cn.gov.amr.credit.classification.model.Evaluation.Scored;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A model made ready to classify many entities ({@link ModelEvaluator#compile}): measures resolved,
 * overrides' indicators found by position. Immutable and thread-safe. Evaluates exactly as
 * {@link ModelEvaluator} describes.
 */
public final class CompiledModel {

    private final ModelDefinition model;
    private final List<String> letters;
    private final List<CompiledMeasure> general;
    private final List<Professional> professional;
    private final int[][] overrideIndicators;

    private record Professional(ProfessionalDef def, List<CompiledMeasure> domain, List<CompiledMeasure> measures) {
    }

    CompiledModel(ModelDefinition model) {
        this.model = model;
        this.letters = model.letters();
        this.general = compile(model.indicators());
        this.professional = model.professional().stream().map(p -> new Professional(p,
                p.domain().stream().map(CompiledMeasure::new).toList(), compile(p.indicators()))).toList();
        var ids = model.indicators().stream().map(IndicatorDef::id).toList();
        this.overrideIndicators = model.overrides().stream()
                .map(o -> o.when().stream().mapToInt(c -> ids.indexOf(c.indicator())).toArray()).toArray(int[][]::new);
    }

    public ModelDefinition definition() {
        return model;
    }

    public Evaluation evaluate(EntityFacts facts, EvaluationContext context) {
        var scored = score(general, model.indicators(), facts, context);
        int score = sum(scored);
        String generalClass = ModelEvaluator.classOf(model.classes(), score);
        int current = letters.indexOf(generalClass);
        List<ProfessionalEvaluation> parts = List.of();
        for (var p : professional) {
            if (!inDomain(p, facts, context)) {
                continue;
            }
            var pScored = score(p.measures(), p.def().indicators(), facts, context);
            int pScore = sum(pScored);
            String pClass = ModelEvaluator.classOf(p.def().classes(), pScore);
            int combined = ModelEvaluator.combine(p.def().combine(), current, letters.indexOf(pClass));
            if (parts.isEmpty()) {
                parts = new ArrayList<>(2);
            }
            parts.add(new ProfessionalEvaluation(p.def().id(), pScore, pClass, combined != current, pScored));
            current = combined;
        }
        Integer overrideIndex = null;
        for (int i = 0; i < model.overrides().size(); i++) {
            var rule = model.overrides().get(i);
            if (!holds(rule, overrideIndicators[i], scored)) {
                continue;
            }
            int target = letters.indexOf(rule.riskClass());
            int next = switch (rule.effect()) {
                case SET -> target;
                case AT_LEAST -> Math.max(current, target);
                case AT_MOST -> Math.min(current, target);
            };
            if (next != current || rule.effect() == OverrideEffect.SET) {
                overrideIndex = i;
            }
            current = next;
            if (rule.effect() == OverrideEffect.SET) {
                break;
            }
        }
        return new Evaluation(letters.get(current), score, generalClass, scored, overrideIndex, parts);
    }

    private static List<CompiledMeasure> compile(List<IndicatorDef> indicators) {
        return indicators.stream().map(i -> new CompiledMeasure(i.measure())).toList();
    }

    private static List<Scored> score(List<CompiledMeasure> measures, List<IndicatorDef> indicators, EntityFacts facts,
                                      EvaluationContext context) {
        var scored = new ArrayList<Scored>(measures.size());
        for (int i = 0; i < measures.size(); i++) {
            var value = measures.get(i).value(facts, context);
            scored.add(new Scored(value, PointsRule.points(indicators.get(i).points(), value)));
        }
        return scored;
    }

    private static int sum(List<Scored> scored) {
        int sum = 0;
        for (var s : scored) {
            sum += s.points();
        }
        return sum;
    }

    private static boolean inDomain(Professional p, EntityFacts facts, EvaluationContext context) {
        for (var measure : p.domain()) {
            if (measure.value(facts, context).compareTo(BigDecimal.ONE) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(OverrideDef rule, int[] indicators, List<Scored> scored) {
        if (rule.when().isEmpty()) {
            return false;
        }
        for (int c = 0; c < indicators.length; c++) {
            if (indicators[c] < 0) {
                return false;
            }
            var condition = rule.when().get(c);
            var value = scored.get(indicators[c]).value();
            if ((condition.atLeast() != null && value.compareTo(condition.atLeast()) < 0)
                    || (condition.atMost() != null && value.compareTo(condition.atMost()) > 0)) {
                return false;
            }
        }
        return true;
    }
}
