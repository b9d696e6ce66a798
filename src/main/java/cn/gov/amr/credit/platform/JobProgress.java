package cn.gov.amr.credit.platform;

/**
 * How far a running {@link ScheduledJob} has come, shown on the jobs page. Reporting is cheap
 * (stored at most about once a second); a job that never reports shows only that it is running.
 */
public interface JobProgress {

    /** Progress that goes nowhere: for running a job's work outside the scheduler, e.g. in tests. */
    JobProgress NONE = (done, total) -> { };

    /**
     * @param done  units of work done so far (records, files, …), at least 0
     * @param total units of work in all, or 0 if not known
     */
    void report(long done, long total);
}
