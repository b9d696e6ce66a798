package cn.gov.amr.credit.calendar.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.gov.amr.credit.calendar.DayKind;

/**
 * The words a notice's type column may hold: the enum names and the labels of the message bundles in
 * every language (放假/上班 in Chinese), compared without case and surrounding spaces.
 */
public final class DayKindWords {

    private final Map<String, DayKind> words = new HashMap<>();

    public DayKindWords(Map<DayKind, ? extends Iterable<String>> labels) {
        for (DayKind kind : DayKind.values()) {
            words.put(normal(kind.name()), kind);
        }
        labels.forEach((kind, texts) -> texts.forEach(text -> words.put(normal(text), kind)));
    }

    public Optional<DayKind> kind(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(words.get(normal(text)));
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
