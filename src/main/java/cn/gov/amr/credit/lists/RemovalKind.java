package cn.gov.amr.credit.lists;

/**
 * How a listing ended: {@code DECISION} an officer's removal (移出) or restoration (恢复正常记载状态)
 * decision; {@code DEREGISTRATION} automatically when the entity was deregistered; {@code EXPIRY}
 * automatically at the end of the serious dishonest list's three years; {@code CREDIT_REPAIR} early
 * removal after credit repair.
 */
public enum RemovalKind {
    DECISION, DEREGISTRATION, EXPIRY, CREDIT_REPAIR
}
