package cn.gov.amr.credit.platform;

/** The state of one run of a job in its history. */
public enum JobOutcome {
    /** Started and not finished yet (or its instance died; the scheduler then runs the job again). */
    RUNNING,
    /** Finished without an exception. */
    SUCCEEDED,
    /** Ended with an exception; the scheduler retries the job. */
    FAILED
}
