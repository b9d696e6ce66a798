package cn.gov.amr.credit.shared;

import java.util.List;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of the alphabet
 * {@value #ALPHABET} (no I, O, S, V, Z).
 *
 * <p>Positions: 1 registration authority kind ({@code 9} market supervision, {@code 1} government
 * bodies, {@code 5} civil affairs, {@code Y} others); 2 entity kind (for {@code 9}: {@code 1}
 * enterprise, {@code 2} individual business, {@code 3} farmers' cooperative); 3 to 8 the
 * administrative division code (digits only); 9 to 17 the organisation code (GB 11714); 18 the check
 * character. Any alphabet symbol is accepted at positions 1 and 2.
 *
 * <p>The check: with each symbol's value its index in the alphabet and weights {@code 3^(i-1) mod 31}
 * for positions 1 to 17, the check value is {@code (31 - sum mod 31) mod 31}, written with the same
 * alphabet. Positions 9 to 17 failing the organisation-code check is only a warning
 * ({@link IdentifierProblem#EMBEDDED_ORGANISATION_CODE}): such codes were issued.
 *
 * <p>Callers may rely on: {@link #value()} is always a valid code in canonical form (18 characters,
 * upper case); the constructor accepts only that form, while {@link #check(String)} and
 * {@link #of(String)} accept input as typed. A code whose only error is its check character is reported
 * by {@link #check(String)} with its normalised text, so registration data holding such a code can
 * keep it flagged.
 */
public record CreditCode(String value) {

    /** Symbols of a credit code; a symbol's value is its index. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Characters of a credit code. */
    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int ORGANISATION_CODE_START = 8;

    /** @throws InvalidIdentifierException unless {@code value} is a valid code in canonical form */
    public CreditCode {
        var errors = errors(value);
        if (!errors.isEmpty()) {
            throw new InvalidIdentifierException(errors);
        }
    }

    /**
     * Normalises {@code raw} (see {@link Identifiers#normalize(String)}) and checks it. The embedded
     * organisation code is checked (as a warning) whenever length and characters are right.
     */
    public static Checked<CreditCode> check(String raw) {
        String normalized = Identifiers.normalize(raw);
        var syntax = IdentifierSyntax.errors(normalized, LENGTH, CreditCode::allows);
        if (!syntax.isEmpty()) {
            return Checked.invalid(normalized, syntax, List.of());
        }
        var warnings = embeddedOrganisationCodeWarnings(normalized);
        var errors = checkCharacterErrors(normalized);
        return errors.isEmpty()
                ? Checked.valid(normalized, new CreditCode(normalized), warnings)
                : Checked.invalid(normalized, errors, warnings);
    }

    /** {@code check(raw).orElseThrow()}. */
    public static CreditCode of(String raw) {
        return check(raw).orElseThrow();
    }

    /**
     * The check character for the first 17 characters of a code.
     *
     * @param first17 seventeen symbols of {@link #ALPHABET}
     * @throws IllegalArgumentException otherwise
     */
    public static char checkCharacterFor(String first17) {
        IdentifierSyntax.require(first17, WEIGHTS.length, (p, c) -> ALPHABET.indexOf(c) >= 0, "the credit-code alphabet");
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Position 1: the kind of registration authority, such as {@code 9} for market supervision. */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** Position 2: the kind of entity, such as {@code 1} for an enterprise registered by market supervision. */
    public char entityKindCharacter() {
        return value.charAt(1);
    }

    /** Positions 3 to 8: the administrative division code, six digits. */
    public String regionCode() {
        return value.substring(2, ORGANISATION_CODE_START);
    }

    /** Positions 9 to 17: the organisation code, nine characters without hyphen (not necessarily valid). */
    public String organisationCode() {
        return value.substring(ORGANISATION_CODE_START, LENGTH - 1);
    }

    private static boolean allows(int position, int c) {
        return position >= 3 && position <= 8 ? IdentifierSyntax.isDigit(c) : ALPHABET.indexOf(c) >= 0;
    }

    private static List<IdentifierProblem> errors(String text) {
        var syntax = IdentifierSyntax.errors(text, LENGTH, CreditCode::allows);
        return syntax.isEmpty() ? checkCharacterErrors(text) : syntax;
    }

    private static List<IdentifierProblem> checkCharacterErrors(String text) {
        char expected = checkCharacterFor(text.substring(0, LENGTH - 1));
        char found = text.charAt(LENGTH - 1);
        return expected == found ? List.of()
                : List.of(IdentifierProblem.wrongCheckCharacter(LENGTH, String.valueOf(expected), String.valueOf(found)));
    }

    private static List<IdentifierProblem> embeddedOrganisationCodeWarnings(String text) {
        char expected = OrganisationCode.checkCharacterFor(text.substring(ORGANISATION_CODE_START, LENGTH - 2));
        char found = text.charAt(LENGTH - 2);
        return expected == found ? List.of()
                : List.of(IdentifierProblem.embeddedOrganisationCode(LENGTH - 1, String.valueOf(expected),
                        String.valueOf(found)));
    }
}
