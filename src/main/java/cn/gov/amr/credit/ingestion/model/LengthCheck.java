package cn.gov.amr.credit.ingestion.model;

import cn.gov.amr.credit.ingestion.schema.ValueType;

/** TOO_LONG: free text up to {@link #MAX_TEXT} characters, anything else up to {@link #MAX_NUMBER_TEXT}, after normalisation. */
final class LengthCheck implements FieldCheck {

    /** Longest text value taken in. */
    static final int MAX_TEXT = 2000;
    /** Longest number-like value (document, case and task numbers, codes, dates). */
    static final int MAX_NUMBER_TEXT = 120;

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        int max = field.type() == ValueType.TEXT ? MAX_TEXT : MAX_NUMBER_TEXT;
        return text.length() > max ? row.problem(field, "TOO_LONG", max) : text;
    }
}
