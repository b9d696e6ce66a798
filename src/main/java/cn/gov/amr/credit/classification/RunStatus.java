package cn.gov.amr.credit.classification;

/** A run's state: queued, running, done, or failed (with its error). */
public enum RunStatus {
    QUEUED, RUNNING, DONE, FAILED
}
