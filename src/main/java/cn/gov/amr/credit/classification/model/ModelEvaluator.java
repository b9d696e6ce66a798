package cn.gov.amr.credit.classification.model;

import cn.gov.amr.credit.classification.model.Evaluation.ProfessionalEvaluation;
import cn.gov.amr.credit.classification.model.Evaluation.Scored;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies one entity by a model: pure, no I/O. Measures each indicator ({@link Measures}), turns
 * values into points ({@link PointsRule}), sums the general score into a class, lets each professional
 * model whose domain the entity is in refine it, in the model's order ({@link CombineRule}), then applies
 * the overrides in order ({@link OverrideDef}). The model is assumed valid ({@link ModelValidator}).
 */
public final class ModelEvaluator {

    private ModelEvaluator() {
    }

    public static Evaluation evaluate(ModelDefinition model, EntityFacts facts, EvaluationContext context) {
        var letters = model.letters();
        var general = score(model.indicators(), facts, context);
        int score = general.stream().mapToInt(Scored::points).sum();
        String generalClass = classOf(model.classes(), score);
        int current = letters.indexOf(generalClass);
        var professional = new ArrayList<ProfessionalEvaluation>();
        for (var p : model.professional()) {
            if (!inDomain(p, facts, context)) {
                continue;
            }
            var scored = score(p.indicators(), facts, context);
            int pScore = scored.stream().mapToInt(Scored::points).sum();
            String pClass = classOf(p.classes(), pScore);
            int combined = combine(p.combine(), current, letters.indexOf(pClass));
            professional.add(new ProfessionalEvaluation(p.id(), pScore, pClass, combined != current, scored));
            current = combined;
        }
        var values = new HashMap<String, BigDecimal>();
        for (int i = 0; i < general.size(); i++) {
            values.put(model.indicators().get(i).id(), general.get(i).value());
        }
        Integer overrideIndex = null;
        for (int i = 0; i < model.overrides().size(); i++) {
            var rule = model.overrides().get(i);
            if (!holds(rule, values)) {
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
        return new Evaluation(letters.get(current), score, generalClass, general, overrideIndex, professional);
    }

    /** The class a score falls in: the last class whose minimum the score reaches (the first has none). */
    public static String classOf(List<RiskClassDef> classes, int score) {
        String found = classes.get(0).letter();
        for (var c : classes) {
            if (c.minScore() == null || score >= c.minScore()) {
                found = c.letter();
            }
        }
        return found;
    }

    static int combine(CombineRule rule, int general, int professional) {
        return switch (rule) {
            case WORSE_OF -> Math.max(general, professional);
            case SHIFT_ONE -> general + Integer.signum(professional - general);
        };
    }

    private static List<Scored> score(List<IndicatorDef> indicators, EntityFacts facts, EvaluationContext context) {
        var scored = new ArrayList<Scored>(indicators.size());
        for (var indicator : indicators) {
            var value = Measures.value(indicator.measure(), facts, context);
            scored.add(new Scored(value, PointsRule.points(indicator.points(), value)));
        }
        return scored;
    }

    private static boolean inDomain(ProfessionalDef model, EntityFacts facts, EvaluationContext context) {
        return model.domain().stream().anyMatch(m -> Measures.value(m, facts, context).compareTo(BigDecimal.ONE) >= 0);
    }

    private static boolean holds(OverrideDef rule, Map<String, BigDecimal> values) {
        return !rule.when().isEmpty() && rule.when().stream().allMatch(c -> {
            var value = values.get(c.indicator());
            return value != null && (c.atLeast() == null || value.compareTo(c.atLeast()) >= 0)
                    && (c.atMost() == null || value.compareTo(c.atMost()) <= 0);
        });
    }
}
