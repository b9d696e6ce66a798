package cn.gov.amr.credit.ingestion;

/** QUEUED → RUNNING → COMPLETED, or FAILED (nothing of it applied; its file kept for a retry). */
public enum BatchStatus {
    QUEUED, RUNNING, COMPLETED, FAILED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
