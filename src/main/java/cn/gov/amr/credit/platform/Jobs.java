package cn.gov.amr.credit.platform;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.gov.amr.credit.platform.jobs.JobRuns;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal;
import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.stereotype.Service;

/**
 * The platform's jobs as ADMIN sees them: each {@link ScheduledJob} with its next run and latest
 * runs, the run history, and starting a job now. Auditing a start is the caller's business.
 */
@Service
public class Jobs {

    /** Refusal code of a name that is no job (404). */
    public static final String UNKNOWN = "JOB_UNKNOWN";
    /** Refusal code of starting a job that is running (409). */
    public static final String RUNNING = "JOB_RUNNING";

    private final List<ScheduledJob> jobs;
    private final Scheduler scheduler;
    private final JobRuns runs;
    private final Clock clock;

    Jobs(List<ScheduledJob> jobs, Scheduler scheduler, JobRuns runs, Clock clock) {
        this.jobs = jobs.stream().sorted(Comparator.comparing(ScheduledJob::name)).toList();
        this.scheduler = scheduler;
        this.runs = runs;
        this.clock = clock;
    }

    /** The jobs' names, in alphabetical order. */
    public List<String> names() {
        return jobs.stream().map(ScheduledJob::name).toList();
    }

    /** Every job, alphabetically, each with its newest {@code lastRuns} runs. */
    public List<JobOverview> overview(int lastRuns) {
        return jobs.stream().map(job -> overview(job, lastRuns)).toList();
    }

    /** One job with its newest {@code lastRuns} runs; refused as {@link #UNKNOWN} if there is no such job. */
    public JobOverview overview(String name, int lastRuns) {
        return overview(job(name), lastRuns);
    }

    private JobOverview overview(ScheduledJob job, int lastRuns) {
        var execution = execution(job.name());
        return new JobOverview(job.name(), job.schedule().toString(),
                execution.map(ScheduledExecution::getExecutionTime).orElse(null),
                execution.map(ScheduledExecution::isPicked).orElse(false),
                execution.filter(ScheduledExecution::isPicked).map(ScheduledExecution::getPickedBy).orElse(null),
                execution.map(ScheduledExecution::getConsecutiveFailures).orElse(0),
                runs.latest(job.name(), lastRuns));
    }

    /** The run history matching {@code query}, newest first. */
    public Paged<JobRun> runs(JobRunQuery query) {
        return Paged.of(runs.search(query), query.page(), query.size(), runs.count(query));
    }

    /**
     * Makes the job due now: one instance runs it within moments (this one at once, if it has a free
     * thread); afterwards it keeps its schedule.
     *
     * @throws Refusal {@link #UNKNOWN} if there is no such job, {@link #RUNNING} if it is running
     */
    public void startNow(String name) {
        var job = job(name);
        TaskInstanceId id = TaskInstanceId.of(job.name(), RecurringTask.INSTANCE);
        try {
            var execution = scheduler.getScheduledExecution(id);
            if (execution.isPresent() && execution.get().isPicked()) {
                throw new Refusal(Refusal.Kind.CONFLICT, RUNNING, job.name());
            }
            if (execution.isPresent()) {
                scheduler.reschedule(id, clock.instant());
            } else {
                scheduler.schedule(new TaskInstance<Void>(job.name(), RecurringTask.INSTANCE), clock.instant());
            }
        } catch (TaskInstanceCurrentlyExecutingException e) {
            throw new Refusal(Refusal.Kind.CONFLICT, RUNNING, job.name());
        }
        scheduler.triggerCheckForDueExecutions();
    }

    private ScheduledJob job(String name) {
        return jobs.stream().filter(job -> job.name().equals(name)).findFirst()
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, UNKNOWN, String.valueOf(name)));
    }

    private Optional<ScheduledExecution<Object>> execution(String name) {
        return scheduler.getScheduledExecution(TaskInstanceId.of(name, RecurringTask.INSTANCE));
    }
}
