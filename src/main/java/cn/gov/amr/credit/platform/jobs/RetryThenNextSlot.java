package cn.gov.amr.credit.platform.jobs;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

/**
 * After a failed run: retry after {@code backoff}, then twice that, … up to {@code retries} times,
 * then wait for the job's next regular slot; a retry never lands after that slot. db-scheduler counts
 * failures across slots, so the attempt within the slot is that count modulo {@code retries + 1}.
 */
record RetryThenNextSlot<T>(Schedule schedule, int retries, Duration backoff) implements FailureHandler<T> {

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        operations.reschedule(complete, nextAttempt(complete, complete.getExecution().consecutiveFailures));
    }

    /** When to run again after a failure that follows {@code earlierFailures} failed runs in a row. */
    Instant nextAttempt(ExecutionComplete complete, int earlierFailures) {
        Instant nextSlot = schedule.getNextExecutionTime(complete);
        int attempt = earlierFailures % (retries + 1);
        if (attempt >= retries) {
            return nextSlot;
        }
        Instant retry = complete.getTimeDone().plus(backoff.multipliedBy(1L << Math.min(attempt, 20)));
        return retry.isBefore(nextSlot) ? retry : nextSlot;
    }
}
