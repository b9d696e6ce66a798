package cn.gov.amr.credit.classification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities' current risk classes, for supervision only (officers; never the public, never a
 * department's key). Callers enforce who may read: the API controllers check the role and jurisdiction.
 */
public interface RiskClassification {

    /** The entity's current result with its explanation; empty when it has not been classified. */
    Optional<RiskResult> of(String entityCode);

    /** The class letter of each given entity that has one (codes without a class are absent). */
    Map<String, String> classesOf(Collection<String> entityCodes);

    /** Each change of the entity's class, newest first, with its reason. */
    List<ClassChange> history(String entityCode);

    /** Entities per class letter, broken down by {@code by} (jurisdiction null: the city). */
    RiskStatistics statistics(StatisticsDimension by, String jurisdiction);

    /** Class changes per month and target class, the last {@code months} months (jurisdiction null: the city). */
    List<MonthlyChanges> changesByMonth(String jurisdiction, int months);

    /** Classifies the given entities again now, by the active model (what the listeners call). */
    void reclassify(Collection<String> entityCodes);
}
