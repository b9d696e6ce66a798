package cn.gov.amr.credit.web.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.gov.amr.credit.platform.JobRun;
import cn.gov.amr.credit.shared.LegalTime;

/** How the jobs page and its export write times, durations and progress (language-neutral). */
final class JobFormat {

    private final Clock clock;

    JobFormat(Clock clock) {
        this.clock = clock;
    }

    /** Legal (local) time to the minute, e.g. {@code 2026-12-03 15:04}; empty for null. */
    public String time(Instant instant) {
        return instant == null ? "" : LegalTime.toTheMinute(instant);
    }

    /** Hours, minutes and seconds the run took (so far, if running), e.g. {@code 0:01:05}. */
    public String duration(JobRun run) {
        Duration duration = run.duration(clock.instant());
        long seconds = Math.max(0, duration.toSeconds());
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** {@code done / total}, {@code done} when the total is unknown, empty when nothing was reported. */
    public String progress(JobRun run) {
        if (run == null || run.progressDone() == null) {
            return "";
        }
        long total = run.progressTotal() == null ? 0 : run.progressTotal();
        return total > 0 ? run.progressDone() + " / " + total : Long.toString(run.progressDone());
    }
}
