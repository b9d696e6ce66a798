package cn.gov.amr.credit.disclosure.model;

import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.RegistrationNumber;

/**
 * The digit runs of a text and what each must lose (the reading {@link PersonalData} describes): digits
 * joined across separators, then the mobile, ID, old ID, bank card and fixed-line rules applied to each
 * run. One instance per text; not thread-safe.
 */
final class DigitRuns {

    /** The fewest digits any rule needs (a fixed-line number). */
    static final int SHORTEST = 10;
    private static final int MOBILE = 11;
    static final int ID = 18;
    static final int OLD_ID = 15;
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private final String text;
    /** Per character, the protected token it belongs to (0: none). */
    private final int[] token;
    private final int[] position;
    private final char[] value;
    private final int[] span;
    private int length;
    private boolean grouped = true;
    /** Whether a separator other than a space or hyphen came since the run's last digit. */
    private boolean otherSeparator;
    private boolean[] masked;

    DigitRuns(String text, int[] token) {
        this.text = text;
        this.token = token;
        this.position = new int[text.length()];
        this.value = new char[text.length()];
        this.span = new int[text.length()];
    }

    /** Which characters to mask (by index), or null for none. */
    boolean[] scan() {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c)) {
                add(i, (char) ('0' + Character.digit(c, 10)));
            } else if (c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ') {
                if (length > 0) {
                    add(i, 'X');
                }
                end();
            } else if (Character.isLetter(c)) {
                end();
            } else if (length > 0 && !(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-'
                    || cn.gov.amr.credit.shared.VisibleText.isInvisible(c))) {
                otherSeparator = true; // a dot, slash or colon: a date or an amount rather than a card number
            }
            i += Character.charCount(c);
        }
        end();
        return masked;
    }

    void add(int at, char digit) {
        grouped &= !otherSeparator;
        otherSeparator = false;
        position[length] = at;
        value[length] = digit;
        span[length] = token == null ? 0 : token[at];
        length++;
    }

    private void end() {
        if (length >= SHORTEST) {
            judge();
        }
        length = 0;
        grouped = true;
        otherSeparator = false;
    }

    private void judge() {
        boolean digitsOnly = value[length - 1] != 'X';
        // an ID number of exactly 18 or 15 loses characters 7 to 14 (11): every 11 digits in it lose one of them
        boolean whole = false;
        if (length == ID && !protectedSpan(0, ID) && !(creditCode() && !idNumber(0))) {
            mask(6, 14);
            whole = true;
        }
        if (length == OLD_ID && digitsOnly && value[0] != '0' && !protectedSpan(0, OLD_ID) && !registrationNumber()) {
            mask(6, 11);
            whole = true;
        }
        boolean mobile = false;
        for (int s = 0; !whole && s + MOBILE <= length; s++) {
            if (value[s] == '1' && value[s + 1] >= '3' && value[s + 1] <= '9' && digits(s, MOBILE)
                    && !protectedSpan(s, MOBILE)) {
                mask(s + 3, s + 7);
                mobile = true;
            }
        }
        for (int s = 0; length > ID && s + ID <= length; s++) {
            if (idNumber(s)) {
                mask(s + 6, s + 14);
            }
        }
        if (length > OLD_ID && length <= 19 && length != ID && digitsOnly && grouped && !protectedSpan(0, length)) {
            mask(6, length - 4);
        }
        if (length <= 12 && digitsOnly && !mobile && value[0] == '0' && value[1] != '0') {
            mask(value[1] == '1' || value[1] == '2' ? 3 : 4, length - 2);
        }
    }

    /** Whether the run's characters from {@code s} on for {@code n} are all digits. */
    private boolean digits(int s, int n) {
        for (int i = s; i < s + n; i++) {
            if (value[i] == 'X') {
                return false;
            }
        }
        return true;
    }

    /** Whether the characters lie inside one protected token (an organisation's identifier). */
    private boolean protectedSpan(int s, int n) {
        return span[s] != 0 && span[s] == span[s + n - 1];
    }

    /** Whether the 18 characters from {@code s} pass an ID number's check character and have a date of birth. */
    boolean idNumber(int s) {
        int sum = 0;
        for (int i = 0; i < ID - 1; i++) {
            if (value[s + i] == 'X') {
                return false;
            }
            sum += (value[s + i] - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == value[s + ID - 1]
                && date(number(s + 6, 4), number(s + 10, 2), number(s + 12, 2), 1900, 2099);
    }

    private boolean creditCode() {
        return CreditCode.check(new String(value, 0, length)).valid();
    }

    /** A valid registration number whose 7th to 12th digits are no date of birth (yymmdd). */
    boolean registrationNumber() {
        return RegistrationNumber.check(new String(value, 0, length)).valid()
                && !date(1900 + number(6, 2), number(8, 2), number(10, 2), 1900, 1999);
    }

    private int number(int s, int n) {
        int result = 0;
        for (int i = s; i < s + n; i++) {
            result = result * 10 + value[i] - '0';
        }
        return result;
    }

    /** Marks the run's characters {@code from} (inclusive) to {@code to} (exclusive) for masking. */
    private void mask(int from, int to) {
        if (masked == null) {
            masked = new boolean[text.length()];
        }
        for (int i = from; i < to; i++) {
            masked[position[i]] = true;
        }
    }

    private static boolean date(int year, int month, int day, int earliest, int latest) {
        if (year < earliest || year > latest || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }
}
