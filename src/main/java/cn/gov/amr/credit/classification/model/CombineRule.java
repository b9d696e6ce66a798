package cn.gov.amr.credit.classification.model;

/**
 * How a professional model's class combines with the general one ("general + professional"):
 * {@code WORSE_OF} takes the riskier of the two; {@code SHIFT_ONE} moves the general class one step
 * towards the professional class when they differ (refines it, never jumps).
 */
public enum CombineRule {
    WORSE_OF, SHIFT_ONE
}
