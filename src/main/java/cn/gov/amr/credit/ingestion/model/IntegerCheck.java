package cn.gov.amr.credit.ingestion.model;

import java.util.regex.Pattern;

/** INTEGER_INVALID: a non-negative whole number of at most nine digits; written without leading zeros. */
final class IntegerCheck implements FieldCheck {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        return DIGITS.matcher(text).matches() ? String.valueOf(Long.parseLong(text))
                : row.problem(field, "INTEGER_INVALID");
    }
}
