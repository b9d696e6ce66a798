package cn.gov.amr.credit.lists.application;

/** The audit actions of the lists. */
final class ListAuditActions {
    static final String LISTED = "LIST_ENTRY_DECIDED";
    static final String REMOVED = "LIST_REMOVAL_DECIDED";
    static final String PROPOSAL_DISMISSED = "LIST_PROPOSAL_DISMISSED";
    static final String PROPOSED = "LIST_PROPOSAL_RAISED";
    static final String FILING_ENTERED = "ANNUAL_REPORT_FILING_ENTERED";
    static final String DAILY_RUN = "LISTS_DAILY_RUN";

    private ListAuditActions() {
    }
}
