package cn.gov.amr.credit.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.gov.amr.credit.platform.JobOutcome;
import cn.gov.amr.credit.platform.JobProgress;
import cn.gov.amr.credit.platform.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job once for a slot and keeps its history row: RUNNING with progress while it runs, then
 * SUCCEEDED with the job's summary or FAILED with the exception's class name (never its message,
 * which may hold personal data). A failure is rethrown, so that the scheduler retries.
 */
final class RecordedRun implements JobProgress {

    private static final Logger log = LoggerFactory.getLogger(RecordedRun.class);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(1);

    private final JobRuns runs;
    private final Clock clock;
    private final long id;
    private Instant lastReport = Instant.MIN;

    private RecordedRun(JobRuns runs, Clock clock, long id) {
        this.runs = runs;
        this.clock = clock;
        this.id = id;
    }

    static void run(ScheduledJob job, Instant slot, String instance, JobRuns runs, Clock clock, int runsKept) {
        var run = new RecordedRun(runs, clock, runs.start(job.name(), slot, instance, clock.instant()));
        try {
            String summary = job.run(run);
            runs.finish(run.id, JobOutcome.SUCCEEDED, summary, clock.instant());
            log.info("Job {} ran: {}", job.name(), summary);
        } catch (RuntimeException | Error e) {
            runs.finish(run.id, JobOutcome.FAILED, e.getClass().getSimpleName(), clock.instant());
            log.error("Job {} failed; it is retried", job.name(), e);
            throw e;
        } finally {
            runs.prune(job.name(), runsKept);
        }
    }

    @Override
    public void report(long done, long total) {
        Instant now = clock.instant();
        if (now.isBefore(lastReport.plus(REPORT_EVERY)) && done < total) {
            return;
        }
        lastReport = now;
        runs.progress(id, Math.max(0, done), Math.max(0, total));
    }
}
