package cn.gov.amr.credit.disclosure.application;

import java.time.Clock;

import cn.gov.amr.credit.disclosure.infrastructure.IssuedReports;
import cn.gov.amr.credit.platform.ClusterJobs;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (once across all instances, {@link ClusterJobs}) deletes the reports issued before the
 * first legal day still kept ({@link IssuedReportSettings#keepDays()}), so that issued reports, which
 * anyone may ask for, cannot pile up for ever.
 */
@Component
class IssuedReportRetention {

    static final String JOB = "issued-report-retention";
    private final IssuedReports reports;
    private final IssuedReportSettings settings;
    private final ClusterJobs jobs;
    private final Clock clock;

    IssuedReportRetention(IssuedReports reports, IssuedReportSettings settings, ClusterJobs jobs, Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${credit.disclosure.issued-reports.cleanup-cron:0 40 3 * * *}", zone = "Asia/Shanghai")
    void daily() {
        jobs.runOnce(JOB, LegalTime.today(clock).toString(), () -> "deleted=" + deleteExpired());
    }

    /** Deletes the reports issued before the oldest day kept; answers how many. */
    int deleteExpired() {
        var firstKept = LegalTime.today(clock).minusDays(settings.keepDays()).atStartOfDay(LegalTime.ZONE).toInstant();
        return reports.deleteIssuedBefore(firstKept);
    }
}
