package cn.gov.amr.credit.ingestion.model;

import java.util.LinkedHashSet;
import java.util.regex.Pattern;

/**
 * CHOICE_INVALID, REQUIRED: one or more values of the field's fixed list, separated by ; ； 、 , or ，
 * (the first unknown one is named; only separators count as empty). Written as the labels, once each,
 * in the list's order, joined by ";".
 */
final class ChoicesCheck implements FieldCheck {

    private static final Pattern SEPARATORS = Pattern.compile("[;\uff1b\u3001,\uff0c]");

    private final ChoiceLabels labels;

    ChoicesCheck(ChoiceLabels labels) {
        this.labels = labels;
    }

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        var named = new LinkedHashSet<String>();
        for (String part : SEPARATORS.split(text)) {
            if (part.isBlank()) {
                continue;
            }
            String label = labels.labelOf(field, part.strip());
            if (label == null) {
                return row.problem(field, "CHOICE_INVALID", part.strip(), ChoiceLabels.listed(field));
            }
            named.add(label);
        }
        if (named.isEmpty()) {
            return row.problem(field, "REQUIRED");
        }
        return String.join(";", field.choices().keySet().stream().filter(named::contains).toList());
    }
}
