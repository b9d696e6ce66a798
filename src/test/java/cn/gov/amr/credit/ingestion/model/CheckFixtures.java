package cn.gov.amr.credit.ingestion.model;

import java.time.LocalDate;
import java.util.List;

import cn.gov.amr.credit.ingestion.RecordKind;

/** Fields, rows in progress and problems for the plain tests of single field and row checks. */
final class CheckFixtures {

    static final LocalDate TODAY = LocalDate.of(2022, 9, 30);
    static final RecordSchema PENALTY = RecordSchemas.of(RecordKind.PENALTY);
    static final RecordSchema LICENCE = RecordSchemas.of(RecordKind.LICENCE);
    static final RecordSchema DEBTOR = RecordSchemas.of(RecordKind.DISHONEST_DEBTOR);

    private CheckFixtures() {
    }

    static FieldSpec penaltyField(String name) {
        return PENALTY.require(name);
    }

    static RowDraft penaltyRow() {
        return new RowDraft(PENALTY);
    }

    /** The row's problems as {@code field:CODE}. */
    static List<String> problems(RowDraft row) {
        return row.problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }
}
