package cn.gov.amr.credit.classification.model;

import cn.gov.amr.credit.classification.InvalidModelException.ModelProblem;

import java.util.List;

/**
 * Checks a model definition whole and lists every problem: no name; fewer than two classes; duplicate or
 * empty letters; class minimums missing or not rising; an indicator without id, name, dimension, measure
 * or points, or with a duplicate id; a measure missing what its type needs, naming an unknown record
 * kind, field, flag or list, or a field of the wrong type for an amount; points with both or neither
 * form, bands out of order; an override naming an unknown indicator or class, or without conditions; a
 * professional model without id or domain, with letters other than the general model's, or without a
 * combine rule.
 */
public final class ModelValidator {

    private ModelValidator() {
    }

    public static List<ModelProblem> problems(ModelDefinition model) {
        throw new UnsupportedOperationException("lead implements");
    }
}
