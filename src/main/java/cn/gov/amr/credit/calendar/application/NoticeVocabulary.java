package cn.gov.amr.credit.calendar.application;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.calendar.DayKind;
import cn.gov.amr.credit.calendar.infrastructure.NoticeFiles;
import cn.gov.amr.credit.calendar.model.DayKindWords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of an imported notice, from the message bundles of every language: the column headers
 * ({@code calendar.column.date} = 日期, …) and the types ({@code calendar.kind.HOLIDAY} = 放假, …).
 */
@Component
class NoticeVocabulary {

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final DayKindWords kinds;
    private final Map<String, Set<String>> headers;

    NoticeVocabulary(MessageSource messages) {
        var labels = new EnumMap<DayKind, List<String>>(DayKind.class);
        for (DayKind kind : DayKind.values()) {
            labels.put(kind, words(messages, "calendar.kind." + kind.name()));
        }
        this.kinds = new DayKindWords(labels);
        var columns = new java.util.LinkedHashMap<String, Set<String>>();
        for (String column : NoticeFiles.COLUMNS) {
            var names = new LinkedHashSet<>(words(messages, "calendar.column." + column));
            names.add(column);
            columns.put(column, names);
        }
        this.headers = Map.copyOf(columns);
    }

    DayKindWords kinds() {
        return kinds;
    }

    /** For each column, its header texts; the Chinese one first (named when missing). */
    Map<String, Set<String>> headers() {
        return headers;
    }

    private static List<String> words(MessageSource messages, String key) {
        return LANGUAGES.stream().map(locale -> messages.getMessage(key, null, key, locale)).distinct().toList();
    }
}
