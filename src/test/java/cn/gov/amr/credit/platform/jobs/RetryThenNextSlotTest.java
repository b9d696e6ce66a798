package cn.gov.amr.credit.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.junit.jupiter.api.Test;

/** When a failed run of a daily job (00:05 legal time) runs again. */
class RetryThenNextSlotTest {

    private static final LegalTimeCron DAILY = new LegalTimeCron("0 5 0 * * *");
    private static final Instant FAILED_AT = Instant.parse("2026-12-02T16:06:00Z"); // 00:06 in Shanghai
    private static final Instant NEXT_SLOT = Instant.parse("2026-12-03T16:05:00Z");
    private final RetryThenNextSlot<Void> handler = new RetryThenNextSlot<>(DAILY, 3, Duration.ofMinutes(1));

    private static ExecutionComplete failure() {
        var execution = new Execution(FAILED_AT.minusSeconds(60), new TaskInstance<Void>("daily", "recurring"));
        return ExecutionComplete.failure(execution, FAILED_AT.minusSeconds(1), FAILED_AT, new IllegalStateException());
    }

    @Test
    void theFirstThreeFailuresOfASlotAreRetriedAfterOneTwoAndFourMinutes() {
        assertThat(handler.nextAttempt(failure(), 0)).isEqualTo(FAILED_AT.plus(Duration.ofMinutes(1)));
        assertThat(handler.nextAttempt(failure(), 1)).isEqualTo(FAILED_AT.plus(Duration.ofMinutes(2)));
        assertThat(handler.nextAttempt(failure(), 2)).isEqualTo(FAILED_AT.plus(Duration.ofMinutes(4)));
    }

    @Test
    void afterTheRetriesTheJobWaitsForItsNextSlotAndIsRetriedAgainThere() {
        assertThat(handler.nextAttempt(failure(), 3)).isEqualTo(NEXT_SLOT);
        assertThat(handler.nextAttempt(failure(), 4)).isEqualTo(FAILED_AT.plus(Duration.ofMinutes(1)));
    }

    @Test
    void aRetryNeverLandsAfterTheNextSlot() {
        var hourly = new RetryThenNextSlot<Void>(new DelayAfterRun(Duration.ofMinutes(3), Duration.ZERO), 3,
                Duration.ofMinutes(2));
        assertThat(hourly.nextAttempt(failure(), 1)).isEqualTo(FAILED_AT.plus(Duration.ofMinutes(3)));
    }
}
