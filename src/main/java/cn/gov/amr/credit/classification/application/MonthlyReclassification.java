package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.platform.JobProgress;
import cn.gov.amr.credit.platform.JobSchedule;
import cn.gov.amr.credit.platform.ScheduledJob;
import org.springframework.stereotype.Component;

/**
 * Queues a full reclassification at 02:00 on the first day of each month (the national rhythm, DOMAIN §5;
 * between months the classes follow every new record within a second anyway). Once across instances.
 */
@Component
class MonthlyReclassification implements ScheduledJob {

    private final RunService runs;

    MonthlyReclassification(RunService runs) {
        this.runs = runs;
    }

    @Override
    public String name() {
        return "classification-monthly";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.cron("0 0 2 1 * *");
    }

    @Override
    public String run(JobProgress progress) {
        return "queued=" + runs.startFull();
    }
}
