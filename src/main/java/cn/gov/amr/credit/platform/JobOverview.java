package cn.gov.amr.credit.platform;

import java.time.Instant;
import java.util.List;

/**
 * A job as the jobs page shows it.
 *
 * @param schedule            the schedule, as in {@link JobSchedule#toString()}
 * @param nextRun             when it runs next; null if it is not scheduled (not yet started up)
 * @param running             true while an instance is running it
 * @param runningOn           the instance running it, null if none
 * @param consecutiveFailures failed runs since the last success
 * @param lastRuns            the latest runs, newest first
 */
public record JobOverview(String name, String schedule, Instant nextRun, boolean running, String runningOn,
                          int consecutiveFailures, List<JobRun> lastRuns) {

    /** The run in progress (the newest one, if still running), or null. */
    public JobRun current() {
        return running && !lastRuns.isEmpty() && lastRuns.get(0).outcome() == JobOutcome.RUNNING ? lastRuns.get(0) : null;
    }
}
