package cn.gov.amr.credit.classification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts per class letter in the model's order, with the entities without a class last: the categories
 * a chart, a table and a sheet share.
 */
final class ClassificationFigures {

    /** The key of the entities without a class in the statistics and what-if maps. */
    static final String UNCLASSIFIED = "UNCLASSIFIED";

    private ClassificationFigures() {
    }

    /** The letters in order, then any other key of the maps (a letter of another model), then unclassified. */
    @SafeVarargs
    static List<String> keys(List<String> letters, Map<String, Long>... counts) {
        var keys = new ArrayList<String>(letters);
        for (var map : counts) {
            if (map == null) {
                continue;
            }
            map.keySet().stream().filter(key -> !keys.contains(key) && !UNCLASSIFIED.equals(key)).sorted()
                    .forEach(keys::add);
        }
        for (var map : counts) {
            if (map != null && map.getOrDefault(UNCLASSIFIED, 0L) > 0 && !keys.contains(UNCLASSIFIED)) {
                keys.add(UNCLASSIFIED);
            }
        }
        return keys;
    }

    /** The count of a key, zero when absent. */
    static long count(Map<String, Long> counts, String key) {
        return counts == null ? 0 : counts.getOrDefault(key, 0L);
    }

    /** The counts of the keys, in order. */
    static List<Number> values(Map<String, Long> counts, List<String> keys) {
        return keys.stream().<Number>map(key -> count(counts, key)).toList();
    }

    /** The sum of every count. */
    static long total(Map<String, Long> counts) {
        return counts == null ? 0 : counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
