package cn.gov.amr.credit.shared;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A resident ID number (居民身份证号, GB 11643): 17 digits and a check character, a digit or
 * {@code X}. Positions 7 to 14 are the birth date {@code yyyyMMdd}, which must be a real date from
 * 1900-01-01 to today (the legal date, see {@link LegalTime}).
 *
 * <p>The check: with weights {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2}, the sum of digit times weight
 * modulo 11 indexes {@code 1 0 X 9 8 7 6 5 4 3 2}.
 *
 * <p>Callers may rely on: {@link #value()} is always a valid number in canonical form (upper-case
 * {@code X}); the constructor accepts only that form, {@link #check(String)} and {@link #of(String)}
 * accept input as typed. {@link #toString()} is {@link #masked()}, so the number never lands in logs
 * by accident; ask for {@link #value()} explicitly where the full number is needed.
 */
public record ResidentIdNumber(String value) {

    /** Characters of a resident ID number. */
    public static final int LENGTH = 18;
    /** Position of the birth date's first digit. */
    public static final int BIRTH_DATE_POSITION = 7;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final int KEPT_AT_START = 6;
    private static final int KEPT_AT_END = 4;

    /** @throws InvalidIdentifierException unless {@code value} is a valid number in canonical form */
    public ResidentIdNumber {
        var errors = errors(value);
        if (!errors.isEmpty()) {
            throw new InvalidIdentifierException(errors);
        }
    }

    /** Normalises {@code raw} (see {@link Identifiers#normalize(String)}) and checks it. */
    public static Checked<ResidentIdNumber> check(String raw) {
        String normalized = Identifiers.normalize(raw);
        var errors = errors(normalized);
        return errors.isEmpty()
                ? Checked.valid(normalized, new ResidentIdNumber(normalized), List.of())
                : Checked.invalid(normalized, errors, List.of());
    }

    /** {@code check(raw).orElseThrow()}. */
    public static ResidentIdNumber of(String raw) {
        return check(raw).orElseThrow();
    }

    /**
     * The check character for the first 17 digits of a number.
     *
     * @param first17 seventeen digits
     * @throws IllegalArgumentException otherwise
     */
    public static char checkCharacterFor(String first17) {
        IdentifierSyntax.require(first17, WEIGHTS.length, (p, c) -> IdentifierSyntax.isDigit(c), "digits");
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The birth date, positions 7 to 14. */
    public LocalDate birthDate() {
        return parseDate(birthDigits(value));
    }

    /** The first 6 and the last 4 characters, the 8 between as {@code *}: {@code 110105********002X}. */
    public String masked() {
        return value.substring(0, KEPT_AT_START) + "*".repeat(LENGTH - KEPT_AT_START - KEPT_AT_END)
                + value.substring(LENGTH - KEPT_AT_END);
    }

    /** {@link #masked()}: never the full number. */
    @Override
    public String toString() {
        return masked();
    }

    private static boolean allows(int position, int c) {
        return IdentifierSyntax.isDigit(c) || position >= LENGTH && c == 'X';
    }

    private static List<IdentifierProblem> errors(String text) {
        var syntax = IdentifierSyntax.errors(text, LENGTH, ResidentIdNumber::allows);
        if (!syntax.isEmpty()) {
            return syntax;
        }
        var errors = new ArrayList<IdentifierProblem>(2);
        String digits = birthDigits(text);
        LocalDate birthDate = parseDate(digits);
        if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH_DATE)
                || birthDate.isAfter(LegalTime.today(Clock.systemUTC()))) {
            errors.add(IdentifierProblem.invalidBirthDate(BIRTH_DATE_POSITION, digits));
        }
        char expected = checkCharacterFor(text.substring(0, LENGTH - 1));
        char found = text.charAt(LENGTH - 1);
        if (expected != found) {
            errors.add(IdentifierProblem.wrongCheckCharacter(LENGTH, String.valueOf(expected), String.valueOf(found)));
        }
        return List.copyOf(errors);
    }

    private static String birthDigits(String text) {
        return text.substring(BIRTH_DATE_POSITION - 1, BIRTH_DATE_POSITION + 7);
    }

    /** The date {@code yyyyMMdd}, or null when there is no such day. */
    private static LocalDate parseDate(String digits) {
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
