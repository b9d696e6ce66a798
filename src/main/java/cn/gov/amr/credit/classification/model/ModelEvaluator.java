package cn.gov.amr.credit.classification.model;

/**
 * Classifies one entity by a model: pure, no I/O. Measures each indicator ({@link Measures}), turns
 * values into points, sums the general score into a class, lets the professional models whose domain
 * the entity is in refine it ({@link CombineRule}), then applies the overrides in order.
 */
public final class ModelEvaluator {

    private ModelEvaluator() {
    }

    public static Evaluation evaluate(ModelDefinition model, EntityFacts facts, EvaluationContext context) {
        throw new UnsupportedOperationException("lead implements");
    }
}
