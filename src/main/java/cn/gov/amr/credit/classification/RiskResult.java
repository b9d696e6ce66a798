package cn.gov.amr.credit.classification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One entity's classification as stored: the class letter, the general model's score, the model
 * (id and version) that gave it, when, each indicator's value and points, the override that decided
 * the class (null if none), and the professional models that applied to the entity.
 *
 * @param generalClass the class the general model's score alone gives
 */
public record RiskResult(String entityCode, String riskClass, int score, long modelId, int modelVersion,
                         Instant classifiedAt, String generalClass, List<IndicatorScore> explanation,
                         AppliedOverride override, List<ProfessionalResult> professional) {

    public RiskResult {
        explanation = List.copyOf(explanation);
        professional = List.copyOf(professional);
    }

    /**
     * One indicator's part in a score: its id and name in the model, its dimension, the value measured
     * (a count, years, 万元, 0/1 for a yes/no) in the indicator's unit, and the points it gave.
     */
    public record IndicatorScore(String indicator, String name, String dimension, BigDecimal value, String unit,
                                 int points) {
    }

    /** The override rule that set the class: its name in the model, its effect and the class it forced. */
    public record AppliedOverride(String name, String effect, String riskClass) {
    }

    /**
     * A professional model (food, drugs …) whose domain the entity is in: its id and name, its own
     * score and class, its indicators, and whether it changed the general class.
     */
    public record ProfessionalResult(String model, String name, int score, String riskClass, boolean decisive,
                                     List<IndicatorScore> explanation) {
        public ProfessionalResult {
            explanation = List.copyOf(explanation);
        }
    }
}
