package cn.gov.amr.credit.platform.jobs;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

/** Again {@code delay} after a run finished; the first run {@code firstAfter} after the job is first scheduled. */
record DelayAfterRun(Duration delay, Duration firstAfter) implements Schedule {

    @Override
    public Instant getNextExecutionTime(ExecutionComplete complete) {
        return complete.getTimeDone().plus(delay);
    }

    @Override
    public Instant getInitialExecutionTime(Instant now) {
        return now.plus(firstAfter);
    }

    @Override
    public boolean isDeterministic() {
        return false;
    }
}
