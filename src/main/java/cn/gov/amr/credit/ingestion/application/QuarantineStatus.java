package cn.gov.amr.credit.ingestion.application;

/** Where a quarantined row stands; the name is what the API says and what the table stores. */
public enum QuarantineStatus {
    /** Waiting for a correction or a dismissal. */
    OPEN,
    /** Corrected and sent through the pipeline again as a batch of its own. */
    RESUBMITTED,
    /** Closed without a correction. */
    DISMISSED
}
