package cn.gov.amr.credit.ingestion.model;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The label a choice value names: the label itself (compared as names are, {@link TextNormalizer#name}),
 * or its code, leading zeros ignored. Indexes each field's choices once (one checker, one batch, one thread).
 */
final class ChoiceLabels {

    private static final String CODE_PREFIX = "\u0000code:";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private final Map<FieldSpec, Map<String, String>> indexes = new IdentityHashMap<>();

    /** The label {@code text} names among the field's choices; null when none. */
    String labelOf(FieldSpec field, String text) {
        return lookup(indexes.computeIfAbsent(field, ChoiceLabels::index), text);
    }

    /** As {@link #labelOf}, without keeping the index. */
    static String label(FieldSpec field, String text) {
        return lookup(index(field), text);
    }

    /** The field's choices as the message of CHOICE_INVALID lists them. */
    static String listed(FieldSpec field) {
        return String.join(" / ", field.choices().keySet());
    }

    private static String lookup(Map<String, String> index, String text) {
        String compact = TextNormalizer.name(text);
        String label = index.get(compact);
        if (label != null || !DIGITS.matcher(compact).matches()) {
            return label;
        }
        return index.get(CODE_PREFIX + Long.parseLong(compact));
    }

    /** A field's choices by normalised label, and by numeric code (leading zeros dropped) after a prefix. */
    private static Map<String, String> index(FieldSpec field) {
        var index = new HashMap<String, String>();
        field.choices().forEach((label, code) -> {
            index.put(TextNormalizer.name(label), label);
            if (code != null) {
                index.putIfAbsent(CODE_PREFIX + Long.parseLong(code), label);
            }
        });
        return index;
    }
}
