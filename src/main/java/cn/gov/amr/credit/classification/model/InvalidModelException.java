package cn.gov.amr.credit.classification.model;

import cn.gov.amr.credit.shared.Refusal;

import java.util.List;

/**
 * A model definition refused (400, code {@code CLASSIFICATION_MODEL_INVALID}), with every problem found:
 * each is also a field problem of the refusal ({@code $.<where>}, its code, the offending value), so the
 * API answers with all of them (RFC 9457 {@code errors}) and pages list them in Chinese
 * ({@code problem.field.<code>}).
 */
public class InvalidModelException extends Refusal {

    public static final String CODE = "CLASSIFICATION_MODEL_INVALID";

    private final transient List<ModelProblem> problems;

    public InvalidModelException(List<ModelProblem> problems) {
        super(Kind.INVALID, CODE, problems.stream().map(ModelProblem::fieldProblem).toList(), problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }

    /**
     * One problem: a machine-readable {@code code} (UNKNOWN_INDICATOR, THRESHOLDS_OUT_OF_ORDER …, listed in
     * {@code model.ModelValidator}), {@code where} in the definition (a JSON path such as
     * {@code indicators[3].measure.field}), and the offending value (may be null).
     */
    public record ModelProblem(String code, String where, String value) {

        Refusal.FieldProblem fieldProblem() {
            return new Refusal.FieldProblem("$." + where, code, value == null ? List.of() : List.of(value));
        }
    }
}
