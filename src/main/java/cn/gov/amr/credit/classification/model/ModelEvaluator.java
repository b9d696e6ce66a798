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
        return compile(model).evaluate(facts, context);
    }

    /** The model made ready to classify many entities (compile once per model, evaluate many times). */
    public static CompiledModel compile(ModelDefinition model) {
        return new CompiledModel(model);
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

}
