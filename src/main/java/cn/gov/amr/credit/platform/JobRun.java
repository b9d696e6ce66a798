package cn.gov.amr.credit.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * One run of a job, as its history keeps it.
 *
 * @param slot          the time the run was due at (a retry has its own)
 * @param finishedAt    null while running
 * @param summary       the job's own summary, or the exception's class name when it failed; may be null
 * @param instance      the platform instance that ran it ({@code InstanceId})
 * @param progressDone  units done at the last report, null if the job reported none
 * @param progressTotal units in all at the last report, 0 if not known, null if none reported
 */
public record JobRun(long id, String job, Instant slot, Instant startedAt, Instant finishedAt, JobOutcome outcome,
                     String summary, String instance, Long progressDone, Long progressTotal) {

    /** How long the run took, or has taken so far when it is still running at {@code now}. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, finishedAt == null ? now : finishedAt);
    }
}
