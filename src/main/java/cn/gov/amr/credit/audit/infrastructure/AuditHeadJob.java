package cn.gov.amr.credit.audit.infrastructure;

import java.time.Clock;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.platform.ClusterJobs;
import cn.gov.amr.credit.shared.LegalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (once across all instances) writes the chain's head to the application log and to a
 * checkpoint, so that entries later cut off the end of the chain are detected.
 */
@Component
class AuditHeadJob {

    static final String JOB = "audit-head";
    private static final Logger log = LoggerFactory.getLogger(AuditHeadJob.class);

    private final AuditLog auditLog;
    private final AuditEntries entries;
    private final ClusterJobs jobs;
    private final Clock clock;

    AuditHeadJob(AuditLog auditLog, AuditEntries entries, ClusterJobs jobs, Clock clock) {
        this.auditLog = auditLog;
        this.entries = entries;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${credit.audit.head-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    void publishDailyHead() {
        jobs.runOnce(JOB, LegalTime.today(clock).toString(), this::publishHead);
    }

    String publishHead() {
        var head = auditLog.head();
        entries.checkpoint(head, clock.instant());
        log.info("Audit chain head: seq={} hash={}", head.seq(), head.hash());
        return "seq=" + head.seq();
    }
}
