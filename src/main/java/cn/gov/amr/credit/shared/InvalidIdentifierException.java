package cn.gov.amr.credit.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an identifier value type is built from text that is not a valid identifier. The
 * {@link #problems()} say why (never empty); the message is their English {@link
 * IdentifierProblem#description() descriptions}, which never repeat the whole input.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<IdentifierProblem> problems;

    /**
     * @param problems the errors found, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidIdentifierException(List<IdentifierProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** The errors, in the order the check found them; never empty, unmodifiable. */
    public List<IdentifierProblem> problems() {
        return problems;
    }

    private static String describe(List<IdentifierProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid identifier has at least one problem");
        }
        return "invalid identifier: "
                + problems.stream().map(IdentifierProblem::description).collect(Collectors.joining("; "));
    }
}
