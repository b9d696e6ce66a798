package cn.gov.amr.credit.classification.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A model's verdict on one entity: the class letter, the general score, the class the general score
 * alone gives, each general indicator's value and points (in the model's order), the index of the
 * override that decided the class (null if none changed it), and the professional models whose domain
 * the entity is in.
 */
public record Evaluation(String riskClass, int score, String generalClass, List<Scored> indicators,
                         Integer overrideIndex, List<ProfessionalEvaluation> professional) {

    public Evaluation {
        indicators = List.copyOf(indicators);
        professional = List.copyOf(professional);
    }

    /** One indicator's value and points. */
    public record Scored(BigDecimal value, int points) {
    }

    /** A professional model's part: its id, score, class, whether it changed the class, and its indicators. */
    public record ProfessionalEvaluation(String model, int score, String riskClass, boolean decisive,
                                         List<Scored> indicators) {
        public ProfessionalEvaluation {
            indicators = List.copyOf(indicators);
        }
    }
}
