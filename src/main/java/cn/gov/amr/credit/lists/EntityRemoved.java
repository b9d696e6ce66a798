package cn.gov.amr.credit.lists;

/**
 * A listing ended (removal, restoration, automatic removal). Published in the decision's transaction
 * through the event publication registry; listeners must be idempotent.
 */
public record EntityRemoved(long listingId, ListKind list, String entityCode, RemovalKind kind) {
}
