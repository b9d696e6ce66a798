package cn.gov.amr.credit.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.sql.DataSource;

import cn.gov.amr.credit.platform.JobOutcome;
import cn.gov.amr.credit.platform.JobProgress;
import cn.gov.amr.credit.platform.JobSchedule;
import cn.gov.amr.credit.platform.ScheduledJob;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scheduler's promises on the real database, with schedulers of the test's own on a table of
 * their own (the platform's scheduler keeps running on {@code platform.scheduled_tasks}): a failed
 * run is retried, and two instances on one database run each slot of a job once.
 */
class JobSchedulersTest extends PlatformIntegrationTest {

    private static final String TABLE = "platform.scheduled_tasks_test";
    private static final JobSettings FAST = new JobSettings(Duration.ofMillis(100), 2, Duration.ofSeconds(1), 3,
            Duration.ofMillis(100), 200, Duration.ofSeconds(5));

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRuns runs;

    private final List<Scheduler> schedulers = new CopyOnWriteArrayList<>();
    private final String job = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void table() {
        jdbc.sql("create table if not exists " + TABLE + " (like platform.scheduled_tasks including all)").update();
    }

    @AfterEach
    void stop() {
        schedulers.forEach(Scheduler::stop);
        jdbc.sql("delete from " + TABLE + " where task_name = ?").param(job).update();
        jdbc.sql("delete from platform.job_runs where job = ?").param(job).update();
    }

    @Test
    void aFailedRunIsRetriedAfterABackoffAndTheJobThenKeepsItsSchedule() throws Exception {
        var attempts = new AtomicInteger();
        start("first", job(JobSchedule.every(Duration.ofHours(1), Duration.ZERO), progress -> {
            progress.report(attempts.get(), 3);
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("attempt " + attempts.get() + " fails");
            }
            return "attempts=" + attempts.get();
        }));

        waitFor(() -> finished() == 3, Duration.ofSeconds(20));
        var history = runs.latest(job, 10);
        assertThat(history).extracting(run -> run.outcome())
                .containsExactly(JobOutcome.SUCCEEDED, JobOutcome.FAILED, JobOutcome.FAILED);
        assertThat(history.get(0).summary()).isEqualTo("attempts=3");
        assertThat(history.get(1).summary()).as("the exception's class, never its message")
                .isEqualTo("IllegalStateException");
        assertThat(history.get(0).slot()).isAfter(history.get(1).slot());
        assertThat(history.get(0).progressDone()).isEqualTo(2);

        waitFor(() -> nextRun().isAfter(Instant.now().plus(Duration.ofMinutes(50))), Duration.ofSeconds(5));
        Thread.sleep(500);
        assertThat(attempts.get()).as("no further run before the next slot").isEqualTo(3);
    }

    @Test
    void twoInstancesOnOneDatabaseRunEachSlotOnce() throws Exception {
        var slots = new CopyOnWriteArrayList<String>();
        Function<String, ScheduledJob> recording = instance -> job(JobSchedule.cron("* * * * * *"), progress -> {
            slots.add(Instant.now().toString().substring(0, 19));
            sleep(300);
            return instance;
        });
        start("first", recording.apply("first"));
        start("second", recording.apply("second"));

        waitFor(() -> finished() >= 5, Duration.ofSeconds(30));
        var history = runs.latest(job, 200).stream().filter(run -> run.outcome() == JobOutcome.SUCCEEDED).toList();
        assertThat(history).hasSizeGreaterThanOrEqualTo(5);
        assertThat(history).extracting(run -> run.slot()).as("one run per slot").doesNotHaveDuplicates();
        assertThat(slots).as("the work itself once per second").doesNotHaveDuplicates();
        assertThat(history).extracting(run -> run.instance()).containsAnyOf("first", "second");
    }

    private ScheduledJob job(JobSchedule schedule, Function<JobProgress, String> work) {
        return new ScheduledJob() {
            @Override
            public String name() {
                return job;
            }

            @Override
            public JobSchedule schedule() {
                return schedule;
            }

            @Override
            public String run(JobProgress progress) {
                return work.apply(progress);
            }
        };
    }

    private void start(String instance, ScheduledJob scheduledJob) {
        var scheduler = JobSchedulers.build(dataSource, TABLE, List.of(scheduledJob), FAST, instance, runs,
                Clock.systemUTC());
        schedulers.add(scheduler);
        scheduler.start();
    }

    private long finished() {
        return runs.latest(job, 200).stream().filter(run -> run.outcome() != JobOutcome.RUNNING).count();
    }

    private Instant nextRun() {
        return schedulers.get(0).getScheduledExecution(TaskInstanceId.of(job, RecurringTask.INSTANCE))
                .orElseThrow().getExecutionTime();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
