package cn.gov.amr.credit.disclosure.model;

import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.RegistrationNumber;

/**
 * The last line of defence on public surfaces (DOMAIN §10, issue 10): no sequence that reads as a
 * resident ID number or a mainland mobile number once separators and invisible characters are ignored
 * leaves the platform, whatever the field and however it is spelled.
 *
 * <p>The text is read as <em>digit runs</em>: digits (ASCII, full-width or any other decimal digit)
 * joined across anything that is neither a letter nor a digit (spaces, hyphens, dots, slashes,
 * brackets, full-width punctuation, zero-width and other invisible characters). A letter ends a run, so
 * digits glued to letters ({@code Tel13912345678ext}) form a run of their own; an {@code X} right after
 * digits belongs to the run (an ID number's check character). In each run, digits are replaced by
 * {@code *} (separators stay where they were):
 * <ul>
 *   <li>a mobile number: every 11 digits {@code 1[3-9]} + 9, anywhere in the run (so with +86, 0086,
 *       86 or 0 before it too): the 4th to 7th digits;</li>
 *   <li>an ID number: a run of exactly 17 digits and a digit or X, valid or mistyped, and every 18 of a
 *       longer run that pass the ID number's check (check character and a date of birth): the 7th to
 *       14th characters;</li>
 *   <li>an old ID number: a run of exactly 15 digits not starting with 0 (no area code does; 0086 and a
 *       mobile number do): the 7th to 11th;</li>
 *   <li>a bank card or account: a run of 16 to 19 digits written whole or grouped by spaces or
 *       hyphens: all but the first 6 and last 4;</li>
 *   <li>a fixed-line number: a run of 10 to 12 digits starting with an area code (0, then not 0): all
 *       but the area code and the last 2 digits.</li>
 * </ul>
 * Identifiers of organisations written as one token (no separator inside, no Latin letter or digit
 * glued to them) stay as they are, because none of them can be an ID number: a valid credit code that
 * does not also pass as an ID number, a valid 15-digit registration number whose 7th to 12th digits are
 * no date of birth, and a food licence number ({@code JY} or {@code SC} and 14 digits, whose first
 * digits often read like a mobile number). Masking more than needed is the accepted cost: a date range
 * written {@code 2023.05.12-2024.05.11} has no 11 digits starting 13–19 and stays; twelve digits that
 * happen to start 13–19 lose four.
 *
 * <p>Runs in linear time (no regular expression); text with fewer than 10 digits returns at once.
 */
public final class PersonalData {

    /** The fewest digits any rule needs (a fixed-line number). */
    private static final int SHORTEST = 10;
    private static final int MOBILE = 11;
    private static final int ID = 18;
    private static final int OLD_ID = 15;
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final char MASK = '*';

    private PersonalData() {
    }

    /** The text with personal numbers masked; null stays null; text without any is returned as it is. */
    public static String mask(String text) {
        if (text == null || !hasDigits(text)) {
            return text;
        }
        int[] token = protectedTokens(text);
        var runs = new Runs(text, token);
        boolean[] masked = runs.scan();
        if (masked == null) {
            return text;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (masked[i]) {
                out.append(MASK);
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** The digit runs of a text and what each must lose. */
    private static final class Runs {
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

        Runs(String text, int[] token) {
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

        private void add(int at, char digit) {
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
        private boolean idNumber(int s) {
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
        private boolean registrationNumber() {
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
    }

    private static boolean date(int year, int month, int day, int earliest, int latest) {
        if (year < earliest || year > latest || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /**
     * Per character, a number for each organisation identifier written as one token (0 elsewhere), or
     * null when there is none. A token is a longest sequence of ASCII (or full-width) letters and digits.
     */
    private static int[] protectedTokens(String text) {
        int[] tokens = null;
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            if (!asciiAlphanumeric(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && asciiAlphanumeric(text.charAt(i))) {
                i++;
            }
            if (organisationIdentifier(text, start, i)) {
                if (tokens == null) {
                    tokens = new int[text.length()];
                }
                count++;
                java.util.Arrays.fill(tokens, start, i, count);
            }
        }
        return tokens;
    }

    private static boolean organisationIdentifier(String text, int start, int end) {
        int n = end - start;
        if (n != ID && n != OLD_ID && n != 16) {
            return false;
        }
        var token = new StringBuilder(n);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            c = c >= 0xFF01 ? (char) (c - 0xFEE0) : c;
            token.append(Character.toUpperCase(c));
        }
        String value = token.toString();
        if (n == 16) {
            return (value.startsWith("JY") || value.startsWith("SC")) && value.substring(2).chars().allMatch(PersonalData::ascii);
        }
        if (!value.chars().allMatch(c -> ascii(c) || c >= 'A' && c <= 'Z')) {
            return false;
        }
        var digits = new Runs(value, null);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!ascii(c) && !(c == 'X' && i == n - 1)) {
                // letters: no ID number; only a valid credit code is protected
                return n == ID && CreditCode.check(value).valid();
            }
            digits.add(i, c);
        }
        if (n == ID) {
            return CreditCode.check(value).valid() && !digits.idNumber(0);
        }
        // registration numbers start with a province's area code (1 to 6), never 0 as 0086 does
        return value.charAt(0) >= '1' && value.charAt(0) <= '6' && digits.registrationNumber();
    }

    private static boolean ascii(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean asciiAlphanumeric(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                || c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }

    /** Whether the text has at least 10 digits: every rule needs them, and most text has fewer. */
    private static boolean hasDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean han = c >= 0x3400 && c <= 0x9FFF; // CJK ideographs: no digit among them
            if (c >= '0' && c <= '9' || c > 0x7F && !han && (Character.isDigit(c) || Character.isSurrogate(c))) {
                if (++digits >= SHORTEST) {
                    return true;
                }
            }
        }
        return false;
    }
}
