package cn.gov.amr.credit.disclosure.application;

import cn.gov.amr.credit.platform.JobProgress;
import cn.gov.amr.credit.platform.JobSchedule;
import cn.gov.amr.credit.platform.ScheduledJob;
import cn.gov.amr.credit.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Looks every few minutes (once across all instances) whether today's bulk file is due and writes it
 * ({@link BulkFiles#generateIfDue}): a run that failed or was cut short by a crash stored nothing, so
 * the job is retried and the next look writes it again.
 */
@Component
class BulkFileJob implements ScheduledJob {

    static final String JOB = "bulk-file";
    private static final Logger log = LoggerFactory.getLogger(BulkFileJob.class);
    private final BulkFiles files;
    private final BulkFileSettings settings;
    private final JobSchedule schedule;

    BulkFileJob(BulkFiles files, BulkFileSettings settings) {
        this.files = files;
        this.settings = settings;
        this.schedule = JobSchedule.every(settings.checkEvery(), settings.firstCheckAfter());
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
        if (!settings.scheduled()) {
            return "not scheduled";
        }
        try {
            return files.generateIfDue().map(file -> "written=" + file.day()).orElse("not due");
        } catch (Refusal busy) {
            log.debug("Bulk file being written by another instance");
            return "busy";
        }
    }
}
