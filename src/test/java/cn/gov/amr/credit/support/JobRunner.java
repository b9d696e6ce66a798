package cn.gov.amr.credit.support;

import java.time.Duration;

import cn.gov.amr.credit.platform.JobOutcome;
import cn.gov.amr.credit.platform.JobRun;
import cn.gov.amr.credit.platform.Jobs;

/** Starts a job through the platform's scheduler, as the jobs page does, and waits for its run to end. */
public final class JobRunner {

    private JobRunner() {
    }

    /** Starts {@code job} now and answers its finished run (failing after {@code timeout}). */
    public static JobRun runNow(Jobs jobs, String job, Duration timeout) {
        long before = newestId(jobs, job);
        jobs.startNow(job);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var runs = jobs.overview(job, 1).lastRuns();
            if (!runs.isEmpty() && runs.get(0).id() > before && runs.get(0).outcome() != JobOutcome.RUNNING) {
                return runs.get(0);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Job " + job + " did not run within " + timeout);
    }

    private static long newestId(Jobs jobs, String job) {
        var runs = jobs.overview(job, 1).lastRuns();
        return runs.isEmpty() ? 0 : runs.get(0).id();
    }
}
