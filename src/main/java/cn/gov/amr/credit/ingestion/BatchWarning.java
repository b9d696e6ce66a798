package cn.gov.amr.credit.ingestion;

/**
 * Something a completed batch's sender should know although nothing failed: the batch API gives its
 * name as {@code warningCode} with a sentence ({@code warningMessage}); the batch page shows it.
 */
public enum BatchWarning {
    /** The file had a header and no data rows (or the push no records): nothing was received. */
    NO_ROWS
}
