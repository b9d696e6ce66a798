package cn.gov.amr.credit.shared;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking raw input against an identifier's rules.
 *
 * <p>Callers may rely on: {@code normalized} is always the input after normalisation (never
 * {@code null}, possibly of the wrong length); {@code value} is present exactly when {@code errors} is
 * empty; {@code errors} are ordered as the checks run (empty or length, then illegal characters by
 * position, then content such as the birth date, then the check character); {@code warnings} never
 * make the input invalid. When the only error is {@link IdentifierProblem#CHECK_CHARACTER}, the
 * {@code normalized} text has the right length and alphabet, so it may be kept as a flagged value.
 *
 * <p>{@link #toString()} leaves out {@code normalized}, so logging a result never writes a raw
 * resident ID number.
 *
 * @param <T> the identifier type
 */
public record Checked<T>(String normalized, T value, List<IdentifierProblem> errors,
                         List<IdentifierProblem> warnings) {

    public Checked {
        Objects.requireNonNull(normalized, "normalized");
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (errors.isEmpty() == (value == null)) {
            throw new IllegalArgumentException("a value is present exactly when there are no errors");
        }
    }

    static <T> Checked<T> valid(String normalized, T value, List<IdentifierProblem> warnings) {
        return new Checked<>(normalized, Objects.requireNonNull(value, "value"), List.of(), warnings);
    }

    static <T> Checked<T> invalid(String normalized, List<IdentifierProblem> errors, List<IdentifierProblem> warnings) {
        return new Checked<>(normalized, null, errors, warnings);
    }

    /** True when there are no errors (warnings do not count). */
    public boolean valid() {
        return errors.isEmpty();
    }

    /**
     * The value when valid.
     *
     * @throws InvalidIdentifierException with the {@link #errors()} otherwise
     */
    public T orElseThrow() throws InvalidIdentifierException {
        if (!valid()) {
            throw new InvalidIdentifierException(errors);
        }
        return value;
    }

    @Override
    public String toString() {
        return valid()
                ? "Checked[valid, value=" + value + ", warnings=" + warnings + "]"
                : "Checked[invalid, errors=" + errors + ", warnings=" + warnings + "]";
    }
}
