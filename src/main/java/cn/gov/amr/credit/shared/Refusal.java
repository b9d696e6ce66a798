package cn.gov.amr.credit.shared;

import java.util.List;

/**
 * An expected refusal of a request: a stable machine-readable {@code code}, a message key for the
 * Chinese (or English) text, the arguments of that message, and the kind of refusal, which the web
 * layer maps to an HTTP status. Thrown by module APIs; never becomes a 500.
 */
public class Refusal extends RuntimeException {

    /** What kind of refusal this is; maps to an HTTP status at the edge. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, PRECONDITION_FAILED, UNPROCESSABLE, TOO_LARGE,
        /** Asked too often: {@link Throttled} says when to ask again. */
        TOO_MANY_REQUESTS }

    private final Kind kind;
    private final String code;
    private final List<Object> arguments;
    private final List<FieldProblem> fieldProblems;

    public Refusal(Kind kind, String code, Object... arguments) {
        this(kind, code, List.of(), arguments);
    }

    public Refusal(Kind kind, String code, List<FieldProblem> fieldProblems, Object... arguments) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.arguments = List.of(arguments);
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public Kind kind() {
        return kind;
    }

    /** Stable code such as {@code USER_EXISTS}; the message key is {@code problem.<code>}. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /**
     * One problem with one input field.
     *
     * @param field     JSON path of the field, such as {@code $.roles[0]}
     * @param code      machine-readable code such as {@code NOT_BLANK}
     * @param arguments arguments of the message {@code problem.field.<code>}
     */
    public record FieldProblem(String field, String code, List<Object> arguments) {
        public FieldProblem(String field, String code) {
            this(field, code, List.of());
        }
    }
}
