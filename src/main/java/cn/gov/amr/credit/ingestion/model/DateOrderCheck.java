package cn.gov.amr.credit.ingestion.model;

import java.time.LocalDate;

/** DATE_BEFORE_DECISION: a validity that ends before the decision date (both read without problems). */
final class DateOrderCheck implements RowCheck {

    @Override
    public void check(RowDraft row) {
        RecordSchema schema = row.schema;
        LocalDate decided = row.dates.get(schema.decidedOn());
        LocalDate until = schema.validUntil() == null ? null : row.dates.get(schema.validUntil());
        if (decided != null && until != null && until.isBefore(decided)) {
            row.problems.add(RowProblem.of(schema.validUntil(), "DATE_BEFORE_DECISION", until.toString(),
                    decided.toString()));
        }
    }
}
