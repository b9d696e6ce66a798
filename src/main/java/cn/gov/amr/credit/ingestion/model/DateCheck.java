package cn.gov.amr.credit.ingestion.model;

import java.time.LocalDate;

/**
 * DATE_UNREADABLE, DATE_IMPOSSIBLE, DATE_IN_FUTURE: a date in one of the accepted formats ({@link DateValues}),
 * that exists, lies between {@link #EARLIEST} and {@link #LATEST}, and, for the decision date, not after
 * today. Written ISO; the date is kept for the row checks.
 */
final class DateCheck implements FieldCheck {

    /** No date a record speaks of lies before the founding of the People's Republic. */
    static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    /** Latest date any field may hold (a validity end far in the future is still plausible). */
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final String decidedOnField;
    private final LocalDate today;

    DateCheck(String decidedOnField, LocalDate today) {
        this.decidedOnField = decidedOnField;
        this.today = today;
    }

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        var result = DateValues.parse(text);
        if (!(result instanceof DateValues.Parsed parsed)) {
            return row.problem(field, result instanceof DateValues.Impossible ? "DATE_IMPOSSIBLE" : "DATE_UNREADABLE",
                    text);
        }
        LocalDate date = parsed.date();
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            return row.problem(field, "DATE_IMPOSSIBLE", text);
        }
        if (field.name().equals(decidedOnField) && date.isAfter(today)) {
            return row.problem(field, "DATE_IN_FUTURE", text);
        }
        row.dates.put(field.name(), date);
        return date.toString();
    }
}
