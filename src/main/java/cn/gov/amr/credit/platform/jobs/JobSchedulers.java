package cn.gov.amr.credit.platform.jobs;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import cn.gov.amr.credit.platform.JobSchedule;
import cn.gov.amr.credit.platform.ScheduledJob;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

/** Builds a db-scheduler {@link Scheduler} (not started) that runs the given jobs as recurring tasks. */
public final class JobSchedulers {

    /** db-scheduler's table, created by the migration V5_40. */
    public static final String TABLE = "platform.scheduled_tasks";

    private JobSchedulers() {
    }

    static Scheduler build(DataSource dataSource, String table, List<ScheduledJob> jobs, JobSettings settings,
                           String instance, JobRuns runs, Clock clock) {
        List<RecurringTask<Void>> tasks = jobs.stream()
                .map(job -> task(job, settings, instance, runs, clock))
                .toList();
        return Scheduler.create(dataSource)
                .startTasks(tasks)
                .tableName(table)
                .schedulerName(new SchedulerName.Fixed(instance))
                .pollingInterval(settings.pollingInterval())
                .threads(settings.threads())
                .heartbeatInterval(settings.heartbeat())
                .shutdownMaxWait(settings.shutdownWait())
                .enableImmediateExecution()
                // RecordedRun logs a failure once; the scheduler's own message would repeat it
                .failureLogging(LogLevel.DEBUG, false)
                .build();
    }

    static RecurringTask<Void> task(ScheduledJob job, JobSettings settings, String instance, JobRuns runs, Clock clock) {
        Schedule schedule = schedule(job.schedule());
        return Tasks.recurring(job.name(), schedule)
                .onFailure(new RetryThenNextSlot<>(schedule, settings.retries(), settings.retryBackoff()))
                .execute((taskInstance, context) -> RecordedRun.run(job, context.getExecution().getExecutionTime(),
                        instance, runs, clock, settings.runsKept()));
    }

    static Schedule schedule(JobSchedule schedule) {
        if (schedule instanceof JobSchedule.Cron cron) {
            return new LegalTimeCron(cron.expression());
        }
        var every = (JobSchedule.Every) schedule;
        return new DelayAfterRun(every.delay(), every.firstAfter());
    }
}
