package cn.gov.amr.credit.ingestion.model;

/**
 * One named check of one field of a row: takes the field's text so far and gives the text to pass on
 * (normalised further, or as it was), or null to stop checking the field: then it has reported why in
 * the {@link RowDraft} (or the field is simply empty and optional). {@link RowChecker} runs, for each
 * field in schema order, {@link PresenceCheck}, {@link LengthCheck}, then the check of the field's type
 * ({@link FieldChecks}).
 */
@FunctionalInterface
interface FieldCheck {

    String check(FieldSpec field, String text, RowDraft row);
}
