package cn.gov.amr.credit.ingestion.model;

/** CHOICE_INVALID: one value of the field's fixed list, given as its label or its code; written as the label. */
final class ChoiceCheck implements FieldCheck {

    private final ChoiceLabels labels;

    ChoiceCheck(ChoiceLabels labels) {
        this.labels = labels;
    }

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        String label = labels.labelOf(field, text);
        return label != null ? label : row.problem(field, "CHOICE_INVALID", text, ChoiceLabels.listed(field));
    }
}
