package cn.gov.amr.credit.ingestion.model;

/** REQUIRED: an empty required field (after normalisation) is a problem; an empty optional one is left out. */
final class PresenceCheck implements FieldCheck {

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        if (!text.isEmpty()) {
            return text;
        }
        return field.required() ? row.problem(field, "REQUIRED") : null;
    }
}
