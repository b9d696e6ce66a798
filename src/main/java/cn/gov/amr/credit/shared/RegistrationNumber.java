package cn.gov.amr.credit.shared;

import java.util.List;

/**
 * An old 15-digit registration number (注册号), issued before credit codes: positions 1 to 6 the
 * area code of the registration authority, 7 to 14 a sequence number, 15 a check digit (ISO 7064
 * MOD 11,10).
 *
 * <p>The check: {@code p = 10}; for each of the first 14 digits {@code d}: {@code s = (d + p) mod 10},
 * {@code 10} when that is {@code 0}, and {@code p = 2s mod 11}; the check digit is
 * {@code (11 - p) mod 10}. Every single-digit error is detected.
 *
 * <p>Callers may rely on: {@link #value()} is always 15 digits with a correct check digit; the
 * constructor accepts only that form, {@link #check(String)} and {@link #of(String)} accept input as typed.
 */
public record RegistrationNumber(String value) {

    /** Digits of a registration number. */
    public static final int LENGTH = 15;

    /** @throws InvalidIdentifierException unless {@code value} is a valid number in canonical form */
    public RegistrationNumber {
        var errors = errors(value);
        if (!errors.isEmpty()) {
            throw new InvalidIdentifierException(errors);
        }
    }

    /** Normalises {@code raw} (see {@link Identifiers#normalize(String)}) and checks it. */
    public static Checked<RegistrationNumber> check(String raw) {
        String normalized = Identifiers.normalize(raw);
        var errors = errors(normalized);
        return errors.isEmpty()
                ? Checked.valid(normalized, new RegistrationNumber(normalized), List.of())
                : Checked.invalid(normalized, errors, List.of());
    }

    /** {@code check(raw).orElseThrow()}. */
    public static RegistrationNumber of(String raw) {
        return check(raw).orElseThrow();
    }

    /**
     * The check digit for the first 14 digits of a number.
     *
     * @param first14 fourteen digits
     * @throws IllegalArgumentException otherwise
     */
    public static char checkDigitFor(String first14) {
        IdentifierSyntax.require(first14, LENGTH - 1, (p, c) -> IdentifierSyntax.isDigit(c), "digits");
        int p = 10;
        for (int i = 0; i < LENGTH - 1; i++) {
            int s = (first14.charAt(i) - '0' + p) % 10;
            p = (s == 0 ? 10 : s) * 2 % 11;
        }
        return (char) ('0' + (11 - p) % 10);
    }

    /** Positions 1 to 6: the area code of the registration authority. */
    public String areaCode() {
        return value.substring(0, 6);
    }

    private static List<IdentifierProblem> errors(String text) {
        var syntax = IdentifierSyntax.errors(text, LENGTH, (p, c) -> IdentifierSyntax.isDigit(c));
        if (!syntax.isEmpty()) {
            return syntax;
        }
        char expected = checkDigitFor(text.substring(0, LENGTH - 1));
        char found = text.charAt(LENGTH - 1);
        return expected == found ? List.of()
                : List.of(IdentifierProblem.wrongCheckCharacter(LENGTH, String.valueOf(expected), String.valueOf(found)));
    }
}
