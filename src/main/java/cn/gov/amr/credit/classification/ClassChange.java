package cn.gov.amr.credit.classification;

import java.time.Instant;

/**
 * A change of an entity's class: from (null when first classified) and to, the score, the model
 * version, and the reason in the model's words (the override, or the indicators that gave points).
 */
public record ClassChange(String entityCode, Instant changedAt, String fromClass, String toClass, int score,
                          int modelVersion, String reason) {
}
