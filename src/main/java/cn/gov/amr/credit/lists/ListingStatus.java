package cn.gov.amr.credit.lists;

/** A listing's status for filters: on the list, or removed (restored). */
public enum ListingStatus {
    LISTED, REMOVED
}
