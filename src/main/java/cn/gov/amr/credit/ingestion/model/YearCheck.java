package cn.gov.amr.credit.ingestion.model;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** YEAR_INVALID: four digits, a year from 1949 up to last year (a report year is always a past year). */
final class YearCheck implements FieldCheck {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private final LocalDate today;

    YearCheck(LocalDate today) {
        this.today = today;
    }

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        if (FOUR_DIGITS.matcher(text).matches()) {
            int year = Integer.parseInt(text);
            if (year >= DateCheck.EARLIEST.getYear() && year < today.getYear()) {
                return text;
            }
        }
        return row.problem(field, "YEAR_INVALID", text);
    }
}
