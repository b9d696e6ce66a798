package cn.gov.amr.credit.lists;

/**
 * An entity was put on a list (or, for an individual business, marked abnormal). Published in the
 * decision's transaction through the event publication registry; listeners must be idempotent.
 */
public record EntityListed(long listingId, ListKind list, String entityCode, String ground) {
}
