package cn.gov.amr.credit.disclosure.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.RegistrationNumber;
import cn.gov.amr.credit.shared.ResidentIdNumber;

/**
 * The last line of defence on public surfaces: personal numbers written into free text (a decision's
 * content, a business scope) are masked wherever they appear (DOMAIN §10). Fields known to hold
 * personal data are never published at all; this catches what a department typed into prose.
 *
 * <ul>
 *   <li>18 characters of 17 digits and a digit or X: masked as an ID number (the first 6 and last 4
 *       characters stay) unless it is a valid credit code and not a valid ID number (about one ID
 *       number in 31 also passes the credit code's check, so that check alone would let them through);</li>
 *   <li>a 15-digit number (the old ID number): likewise, unless it is a valid registration number
 *       whose 7th to 12th digits are no date of birth;</li>
 *   <li>a run of 16 to 19 digits (a bank card or account): likewise;</li>
 *   <li>a mobile number (11 digits from 13 to 19, maybe with +86 or 86 before it, maybe in groups of
 *       3-4-4 with hyphens or spaces): the first 3 and last 4 digits stay;</li>
 *   <li>a fixed-line number with its area code (0792-4212345, (0792)4212345, 0792 4212345, 07924212345):
 *       the area code and the last 2 digits stay.</li>
 * </ul>
 * Full-width digits count as digits. Digits inside a longer run of letters and digits (a document number, a credit code) are left alone.
 */
public final class PersonalData {

    private static final Pattern NUMBERS = Pattern.compile("(?<![0-9A-Za-z])(?:"
            + "(\\d{17}[\\dXx])"                                   // 1: an ID number
            + "|(\\d{15,19})"                                        // 2: an old ID number, a bank account
            + "|((?:\\+|00)?86[- ]?)?(1[3-9]\\d(?:[- ]?\\d{4}){2})"  // 3, 4: a mobile number, maybe with +86
            + "|(\\(0\\d{2,3}\\)|0\\d{2,3})([- ]?)(\\d{7,8})"        // 5, 6, 7: a fixed line with its area code
            + ")(?![0-9A-Za-z])");
    private static final int SHORTEST = 7;

    private PersonalData() {
    }

    /** The text with personal numbers masked (full-width digits read as digits); null stays null. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String digits = asciiDigits(text);
        if (!hasDigits(digits)) {
            return text;
        }
        Matcher m = NUMBERS.matcher(digits);
        var out = new StringBuilder(digits.length());
        boolean changed = false;
        while (m.find()) {
            String replacement = masked(m);
            changed |= !replacement.equals(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return changed ? out.toString() : text;
    }

    private static String masked(Matcher m) {
        if (m.group(1) != null) {
            String id = m.group(1);
            return CreditCode.check(id).valid() && !ResidentIdNumber.check(id).valid() ? id : keep(id, 6, 4);
        }
        if (m.group(2) != null) {
            String digits = m.group(2);
            if (digits.length() == 15 && RegistrationNumber.check(digits).valid() && !oldIdNumber(digits)) {
                return digits;
            }
            return keep(digits, 6, 4);
        }
        if (m.group(4) != null) {
            return (m.group(3) == null ? "" : m.group(3)) + keepDigits(m.group(4), 3, 4);
        }
        return m.group(5) + m.group(6) + keepDigits(m.group(7), 0, 2);
    }

    /** The digits but the first {@code head} and last {@code tail} as {@code *}; separators stay. */
    private static String keepDigits(String value, int head, int tail) {
        int total = (int) value.chars().filter(c -> c >= '0' && c <= '9').count();
        var out = new StringBuilder(value.length());
        int seen = 0;
        for (char c : value.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.append(seen < head || seen >= total - tail ? c : '*');
                seen++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Full-width digits (０–９) as ASCII digits, so that they are found like any other. */
    private static String asciiDigits(String text) {
        if (text.chars().noneMatch(c -> c >= 0xFF10 && c <= 0xFF19)) {
            return text;
        }
        var out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append((char) (c >= 0xFF10 && c <= 0xFF19 ? c - 0xFF10 + '0' : c)));
        return out.toString();
    }

    /** Whether 15 digits could be an old ID number: a date of birth (yymmdd) at positions 7 to 12. */
    private static boolean oldIdNumber(String digits) {
        try {
            java.time.LocalDate.parse("19" + digits.substring(6, 12), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String keep(String value, int head, int tail) {
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }

    /** Whether the text has 7 ASCII digits at all: every pattern needs them, and most text has fewer. */
    private static boolean hasDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < SHORTEST; i++) {
            char c = text.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
        }
        return digits >= SHORTEST;
    }
}
