package cn.gov.amr.credit.shared;

import java.util.List;

/**
 * An organisation code (组织机构代码, GB 11714): eight digits or upper-case letters and a check
 * character, a digit or {@code X}.
 *
 * <p>Callers may rely on: {@link #value()} is always the valid canonical form of 9 characters without
 * hyphen; the constructor accepts only that form (use {@link #of(String)} or {@link #check(String)} for
 * input as typed, which may be written {@code XXXXXXXX-X}).
 *
 * <p>The check: with values 0 to 9 and A=10 to Z=35 and weights {@code 3 7 9 10 5 8 4 2}, the check
 * character is {@code 11 - (sum mod 11)}, written {@code X} for 10 and {@code 0} for 11.
 */
public record OrganisationCode(String value) {

    /** Characters of a canonical organisation code. */
    public static final int LENGTH = 9;

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** @throws InvalidIdentifierException unless {@code value} is a valid code in canonical form */
    public OrganisationCode {
        var errors = errors(value);
        if (!errors.isEmpty()) {
            throw new InvalidIdentifierException(errors);
        }
    }

    /**
     * Normalises {@code raw} (see {@link Identifiers#normalize(String)}, then removes one hyphen
     * standing just before the last character) and checks it.
     */
    public static Checked<OrganisationCode> check(String raw) {
        String normalized = normalize(raw);
        var errors = errors(normalized);
        return errors.isEmpty()
                ? Checked.valid(normalized, new OrganisationCode(normalized), List.of())
                : Checked.invalid(normalized, errors, List.of());
    }

    /** {@code check(raw).orElseThrow()}. */
    public static OrganisationCode of(String raw) {
        return check(raw).orElseThrow();
    }

    /**
     * The check character for the first 8 characters of a code.
     *
     * @param first8 eight digits or upper-case letters
     * @throws IllegalArgumentException otherwise
     */
    public static char checkCharacterFor(String first8) {
        IdentifierSyntax.require(first8, WEIGHTS.length, (p, c) -> IdentifierSyntax.isDigitOrUpperCaseLetter(c),
                "digits or upper-case letters");
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += Character.digit(first8.charAt(i), 36) * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static String normalize(String raw) {
        String text = Identifiers.normalize(raw);
        int hyphen = text.length() - 2;
        return hyphen >= 0 && text.charAt(hyphen) == '-' ? text.substring(0, hyphen) + text.substring(hyphen + 1) : text;
    }

    private static boolean allows(int position, int c) {
        return position == LENGTH ? IdentifierSyntax.isDigit(c) || c == 'X' : IdentifierSyntax.isDigitOrUpperCaseLetter(c);
    }

    private static List<IdentifierProblem> errors(String text) {
        var syntax = IdentifierSyntax.errors(text, LENGTH, OrganisationCode::allows);
        if (!syntax.isEmpty()) {
            return syntax;
        }
        char expected = checkCharacterFor(text.substring(0, LENGTH - 1));
        char found = text.charAt(LENGTH - 1);
        return expected == found ? List.of()
                : List.of(IdentifierProblem.wrongCheckCharacter(LENGTH, String.valueOf(expected), String.valueOf(found)));
    }
}
