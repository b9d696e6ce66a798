package cn.gov.amr.credit.classification;

/**
 * Published when an entity's class changes (not when it is classified again into the same class);
 * {@code fromClass} is null on its first classification. Listeners must be idempotent: redelivered.
 */
public record RiskClassChanged(String entityCode, String fromClass, String toClass, int modelVersion) {
}
