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
 *   <li>a mobile number (11 digits from 13 to 19): the first 3 and last 4 stay;</li>
 *   <li>a fixed-line number with its area code (0xx-xxxxxxx): the area code and last 2 stay.</li>
 * </ul>
 * Digits inside a longer run of letters and digits (a document number, a credit code) are left alone.
 */
public final class PersonalData {

    private static final Pattern NUMBERS = Pattern.compile(
            "(?<![0-9A-Za-z])(?:(\\d{17}[\\dXx])|(\\d{15,19})|(1[3-9]\\d{9})|(0\\d{2,3})-(\\d{7,8}))(?![0-9A-Za-z])");
    private static final int SHORTEST = 7;

    private PersonalData() {
    }

    /** The text with personal numbers masked; null stays null. */
    public static String mask(String text) {
        if (text == null || !hasDigitRun(text)) {
            return text;
        }
        Matcher m = NUMBERS.matcher(text);
        var out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(masked(m)));
        }
        m.appendTail(out);
        return out.toString();
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
        if (m.group(3) != null) {
            return keep(m.group(3), 3, 4);
        }
        return m.group(4) + "-" + keep(m.group(5), 0, 2);
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

    /** Whether the text has a run of 7 ASCII digits: every pattern does, and most text has none (cheap check). */
    private static boolean hasDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) && text.charAt(i) < 128 ? run + 1 : 0;
            if (run >= SHORTEST) {
                return true;
            }
        }
        return false;
    }
}
