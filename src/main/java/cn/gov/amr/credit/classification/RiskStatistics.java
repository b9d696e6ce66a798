package cn.gov.amr.credit.classification;

import java.util.List;
import java.util.Map;

/**
 * Class distribution: the letters of the active model in order, the totals per letter (plus
 * {@code UNCLASSIFIED}), and one row per group of the breakdown (a jurisdiction code, an entity kind,
 * an industry section letter, a region code) with its counts per letter.
 */
public record RiskStatistics(StatisticsDimension by, List<String> classes, Map<String, Long> totals,
                             List<Row> rows) {

    public record Row(String group, Map<String, Long> counts) {
    }
}
