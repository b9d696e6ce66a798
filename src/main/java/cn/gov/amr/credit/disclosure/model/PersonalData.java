package cn.gov.amr.credit.disclosure.model;

import cn.gov.amr.credit.shared.CreditCode;

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
 * does not also pass as an ID number and does not start with 0 (no registration authority's code), a valid 15-digit registration number whose 7th to 12th digits are
 * no date of birth, and a food licence number ({@code JY} or {@code SC} and 14 digits, whose first
 * digits often read like a mobile number). Masking more than needed is the accepted cost: a date range
 * written {@code 2023.05.12-2024.05.11} has no 11 digits starting 13–19 and stays; twelve digits that
 * happen to start 13–19 lose four.
 *
 * <p>Runs in linear time (no regular expression); text with fewer than 10 digits returns at once.
 */
public final class PersonalData {

    private static final char MASK = '*';

    private PersonalData() {
    }

    /** The text with personal numbers masked; null stays null; text without any is returned as it is. */
    public static String mask(String text) {
        if (text == null || !hasDigits(text)) {
            return text;
        }
        int[] token = protectedTokens(text);
        var runs = new DigitRuns(text, token);
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
        if (n != DigitRuns.ID && n != DigitRuns.OLD_ID && n != 16) {
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
        if (n == DigitRuns.ID && value.charAt(0) == '0') {
            // no registration authority has the code 0 (GB 32100): 0086 and a mobile number with letters
            // glued on may pass the credit code's check by chance (1 in 31), but are no credit code
            return false;
        }
        var digits = new DigitRuns(value, null);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!ascii(c) && !(c == 'X' && i == n - 1)) {
                // letters: no ID number; only a valid credit code is protected
                return n == DigitRuns.ID && CreditCode.check(value).valid();
            }
            digits.add(i, c);
        }
        if (n == DigitRuns.ID) {
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
                if (++digits >= DigitRuns.SHORTEST) {
                    return true;
                }
            }
        }
        return false;
    }
}
