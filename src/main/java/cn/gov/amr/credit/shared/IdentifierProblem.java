package cn.gov.amr.credit.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One problem with an identifier: a stable machine-readable {@code code} and the arguments of its
 * message. Positions are 1-based and count characters (code points) of the normalised input.
 *
 * <p>Codes and their arguments:
 * <ul>
 *   <li>{@link #EMPTY}: none;</li>
 *   <li>{@link #LENGTH}: expected length ({@code Integer}), actual length ({@code Integer});</li>
 *   <li>{@link #ILLEGAL_CHARACTER}: position ({@code Integer}), the character ({@code String});</li>
 *   <li>{@link #CHECK_CHARACTER}: position ({@code Integer}), expected and found character ({@code String}s);</li>
 *   <li>{@link #BIRTH_DATE}: position of the date, 7 ({@code Integer}), its 8 digits ({@code String});</li>
 *   <li>{@link #EMBEDDED_ORGANISATION_CODE} (a warning): position 17 ({@code Integer}), expected and found
 *       check character of the organisation code inside a credit code ({@code String}s).</li>
 * </ul>
 *
 * <p>{@link #toString()} is {@link #description()} prefixed with the code; neither repeats the birth-date
 * digits, so problems of resident ID numbers may be logged.
 */
public record IdentifierProblem(String code, List<Object> arguments) implements Serializable {

    /** Nothing was given (or only whitespace). */
    public static final String EMPTY = "IDENTIFIER_EMPTY";
    /** The normalised input has the wrong number of characters. */
    public static final String LENGTH = "IDENTIFIER_LENGTH";
    /** A character that may not stand at its position. */
    public static final String ILLEGAL_CHARACTER = "IDENTIFIER_ILLEGAL_CHARACTER";
    /** The check character does not match the others: a typing error. */
    public static final String CHECK_CHARACTER = "IDENTIFIER_CHECK_CHARACTER";
    /** Positions 7 to 14 of a resident ID number are not a date between 1900-01-01 and today. */
    public static final String BIRTH_DATE = "IDENTIFIER_BIRTH_DATE";
    /** Warning: positions 9 to 17 of a credit code fail the organisation-code check. */
    public static final String EMBEDDED_ORGANISATION_CODE = "IDENTIFIER_EMBEDDED_ORGANISATION_CODE";

    public IdentifierProblem {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    /** {@link #EMPTY}. */
    public static IdentifierProblem empty() {
        return new IdentifierProblem(EMPTY, List.of());
    }

    /** {@link #LENGTH}. */
    public static IdentifierProblem wrongLength(int expectedLength, int actualLength) {
        return new IdentifierProblem(LENGTH, List.of(expectedLength, actualLength));
    }

    /** {@link #ILLEGAL_CHARACTER}. */
    public static IdentifierProblem illegalCharacter(int position, String character) {
        return new IdentifierProblem(ILLEGAL_CHARACTER, List.of(position, character));
    }

    /** {@link #CHECK_CHARACTER}. */
    public static IdentifierProblem wrongCheckCharacter(int position, String expected, String found) {
        return new IdentifierProblem(CHECK_CHARACTER, List.of(position, expected, found));
    }

    /** {@link #BIRTH_DATE}. */
    public static IdentifierProblem invalidBirthDate(int position, String digits) {
        return new IdentifierProblem(BIRTH_DATE, List.of(position, digits));
    }

    /** {@link #EMBEDDED_ORGANISATION_CODE}. */
    public static IdentifierProblem embeddedOrganisationCode(int position, String expected, String found) {
        return new IdentifierProblem(EMBEDDED_ORGANISATION_CODE, List.of(position, expected, found));
    }

    /**
     * A short English description for logs and tests, such as
     * {@code check character at position 18 should be T, found X}. Not meant for end users: they get
     * the message bundle text for {@link #code()}.
     */
    public String description() {
        return switch (code) {
            case EMPTY -> "no identifier given";
            case LENGTH -> "wrong length: expected " + argument(0) + " characters, found " + argument(1);
            case ILLEGAL_CHARACTER -> "illegal character " + printable(argument(1)) + " at position " + argument(0);
            case CHECK_CHARACTER -> "check character at position " + argument(0) + " should be " + argument(1)
                    + ", found " + argument(2);
            case BIRTH_DATE -> "birth date at positions " + argument(0) + " to " + (position(0) + 7)
                    + " is not a date between 1900-01-01 and today";
            case EMBEDDED_ORGANISATION_CODE -> "embedded organisation code: check character at position "
                    + argument(0) + " should be " + argument(1) + ", found " + argument(2);
            default -> code + " " + arguments;
        };
    }

    @Override
    public String toString() {
        return code + ": " + description();
    }

    private Object argument(int index) {
        return index < arguments.size() ? arguments.get(index) : "?";
    }

    private int position(int index) {
        return argument(index) instanceof Integer position ? position : 0;
    }

    /** The character in quotes, or as U+XXXX when it would be invisible or garble a log line. */
    private static String printable(Object character) {
        String text = String.valueOf(character);
        if (text.codePointCount(0, text.length()) == 1) {
            int cp = text.codePointAt(0);
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                return String.format("U+%04X", cp);
            }
        }
        return "'" + text + "'";
    }
}
