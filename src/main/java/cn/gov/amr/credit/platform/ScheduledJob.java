package cn.gov.amr.credit.platform;

/**
 * A background job of a module, run by the platform's scheduler (db-scheduler on PostgreSQL, see
 * {@code docs/jobs.md}). A module declares one as a Spring bean; the platform then runs it
 * <em>once across all instances</em> sharing the database at each slot of its {@link #schedule()},
 * <em>retries</em> it a few times with a growing pause after a failure (then waits for the next slot),
 * keeps a history of its runs and shows them to ADMIN on the jobs page, where it can also be started now.
 *
 * <p>Implementations run on one of the scheduler's threads, outside any transaction and without a
 * signed-in user; they should be idempotent (a run cut short by a crash is run again).
 */
public interface ScheduledJob {

    /**
     * The job's stable name, lower case with hyphens (e.g. {@code audit-head}): the key of its
     * schedule and run history. Renaming a job loses its history.
     */
    String name();

    /** When the job runs; read once at start-up, usually from the module's settings. */
    JobSchedule schedule();

    /**
     * Does the work once.
     *
     * @param progress where the job may report how far it has come (shown on the jobs page)
     * @return a short summary of what was done (e.g. {@code deleted=12}), stored with the run; never
     *         personal data
     * @throws RuntimeException to fail the run: it is recorded as FAILED (with the exception's class
     *         name only) and retried
     */
    String run(JobProgress progress);
}
