package cn.gov.amr.credit.audit.infrastructure;

import java.time.Clock;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.platform.JobProgress;
import cn.gov.amr.credit.platform.JobSchedule;
import cn.gov.amr.credit.platform.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Once a day (once across all instances) writes the chain's head to the application log and to a
 * checkpoint, so that entries later cut off the end of the chain are detected.
 */
@Component
class AuditHeadJob implements ScheduledJob {

    static final String JOB = "audit-head";
    private static final Logger log = LoggerFactory.getLogger(AuditHeadJob.class);

    private final AuditLog auditLog;
    private final AuditEntries entries;
    private final Clock clock;
    private final AuditSettings settings;

    AuditHeadJob(AuditLog auditLog, AuditEntries entries, Clock clock, AuditSettings settings) {
        this.auditLog = auditLog;
        this.entries = entries;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.cron(settings.headCron());
    }

    @Override
    public String run(JobProgress progress) {
        return publishHead();
    }

    String publishHead() {
        var head = auditLog.head();
        entries.checkpoint(head, clock.instant());
        log.info("Audit chain head: seq={} hash={}", head.seq(), head.hash());
        return "seq=" + head.seq();
    }
}
