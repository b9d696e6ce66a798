package cn.gov.amr.credit.lists.application;

import cn.gov.amr.credit.lists.ListDecisions;
import cn.gov.amr.credit.platform.JobProgress;
import cn.gov.amr.credit.platform.JobSchedule;
import cn.gov.amr.credit.platform.ScheduledJob;
import org.springframework.stereotype.Component;

/** The lists' daily job ({@link ListDecisions#runDaily()}), once a day across instances; ADMIN may run it now. */
@Component
class DailyListsJob implements ScheduledJob {

    static final String JOB = "daily-lists";
    private final ListDecisions decisions;
    private final JobSchedule schedule;

    DailyListsJob(ListDecisions decisions, ListSettings settings) {
        this.decisions = decisions;
        this.schedule = JobSchedule.cron(settings.dailyCron());
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public String run(JobProgress progress) {
        var result = decisions.runDaily();
        return "proposalsRaised=" + result.proposalsRaised() + " removed=" + result.removed();
    }
}
