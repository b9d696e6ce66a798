package cn.gov.amr.credit.classification;

import java.util.List;

/** A model definition refused, with every problem found (code, where, and the message arguments). */
public class InvalidModelException extends RuntimeException {

    private final transient List<ModelProblem> problems;

    public InvalidModelException(List<ModelProblem> problems) {
        super("invalid model: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }

    /**
     * One problem: a machine-readable {@code code} (UNKNOWN_INDICATOR, THRESHOLDS_OUT_OF_ORDER …, each with
     * a message {@code classification.problem.<code>}), {@code where} in the definition (a JSON path such as
     * {@code indicators[3].measure.field}), and the offending value.
     */
    public record ModelProblem(String code, String where, String value) {
    }
}
