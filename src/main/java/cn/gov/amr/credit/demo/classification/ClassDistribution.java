package cn.gov.amr.credit.demo.classification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.classification.RiskStatistics;

/**
 * How the register falls into the active model's classes after the demo's full run, and whether that is
 * plausible for a city (DOMAIN §5): most entities in the two lowest-risk classes (A or B by the default
 * model), few in the highest-risk one (D), none left unclassified. The letters and their order come from
 * the model, not from here.
 *
 * @param classes   the model's letters, lowest risk first
 * @param counts    entities per letter (0 for a letter no entity has)
 * @param unclassified entities without a class
 */
record ClassDistribution(List<String> classes, Map<String, Long> counts, long unclassified) {

    /** Share of the register the two lowest-risk classes must at least hold ("most"). */
    public static final double MOST_LOW_RISK = 0.5;
    /** Share of the register the highest-risk class may at most hold ("few"). */
    public static final double FEW_HIGH_RISK = 0.05;
    static final String UNCLASSIFIED = "UNCLASSIFIED";

    public ClassDistribution {
        classes = List.copyOf(classes);
        counts = Map.copyOf(counts);
    }

    /** The distribution of the statistics' totals (per letter, plus {@code UNCLASSIFIED}). */
    public static ClassDistribution of(RiskStatistics statistics) {
        var counts = new LinkedHashMap<String, Long>();
        for (String letter : statistics.classes()) {
            counts.put(letter, statistics.totals().getOrDefault(letter, 0L));
        }
        return new ClassDistribution(statistics.classes(), counts,
                statistics.totals().getOrDefault(UNCLASSIFIED, 0L));
    }

    /** Entities with a class. */
    public long classified() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Entities counted, classified or not. */
    public long total() {
        return classified() + unclassified;
    }

    /** Share of all entities in the two lowest-risk classes (0 when there are none). */
    public double lowRiskShare() {
        return share(classes.stream().limit(2).mapToLong(this::count).sum());
    }

    /** Share of all entities in the highest-risk class (0 when there are none). */
    public double highRiskShare() {
        return classes.isEmpty() ? 0 : share(count(classes.get(classes.size() - 1)));
    }

    /** Every entity classified, most of them low risk, few high risk. */
    public boolean plausible() {
        return total() > 0 && unclassified == 0 && classes.size() >= 2 && lowRiskShare() >= MOST_LOW_RISK
                && highRiskShare() <= FEW_HIGH_RISK;
    }

    public long count(String letter) {
        return counts.getOrDefault(letter, 0L);
    }

    /** "A 41,203 (51.5 %), B …, unclassified 0": counts only, never an entity. */
    @Override
    public String toString() {
        var text = new StringBuilder();
        for (String letter : classes) {
            text.append(String.format("%s %,d (%.1f %%), ", letter, count(letter), 100 * share(count(letter))));
        }
        return text.append(String.format("unclassified %,d", unclassified)).toString();
    }

    private double share(long count) {
        long total = total();
        return total == 0 ? 0 : (double) count / total;
    }
}
