package cn.gov.amr.credit.shared;

import java.util.regex.Pattern;

/**
 * The one rule for text in a CSV file meant for people, who open it in a spreadsheet program: a cell
 * that such a program would run as a formula (text starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, OWASP's list for CSV injection) gets a leading apostrophe, so
 * it is shown as the text it is. A negative decimal number ({@code -5}, {@code -0.25}) is left as it
 * is: a spreadsheet reads it as that number and runs nothing, and an apostrophe would turn an amount
 * into text that no longer sums. Files in the national exchange format for upper-level systems are
 * machine-read and keep their values exact: they do not use this rule.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

    private SpreadsheetText() {
    }

    /** The text as a person's spreadsheet shows it and never runs it; null and empty text as they are. */
    public static String inert(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0
                || NEGATIVE_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
