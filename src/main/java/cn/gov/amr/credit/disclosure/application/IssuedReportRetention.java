package cn.gov.amr.credit.disclosure.application;

import java.time.Clock;

import cn.gov.amr.credit.disclosure.infrastructure.IssuedReports;
import cn.gov.amr.credit.platform.JobProgress;
import cn.gov.amr.credit.platform.JobSchedule;
import cn.gov.amr.credit.platform.ScheduledJob;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.stereotype.Component;

/**
 * Once a day (once across all instances, a {@link ScheduledJob}) deletes the reports issued before the
 * first legal day still kept ({@link IssuedReportSettings#keepDays()}), so that issued reports, which
 * anyone may ask for, cannot pile up for ever.
 */
@Component
class IssuedReportRetention implements ScheduledJob {

    static final String JOB = "issued-report-retention";
    private final IssuedReports reports;
    private final IssuedReportSettings settings;
    private final Clock clock;

    IssuedReportRetention(IssuedReports reports, IssuedReportSettings settings, Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.cron(settings.cleanupCron());
    }

    @Override
    public String run(JobProgress progress) {
        return "deleted=" + deleteExpired();
    }

    /** Deletes the reports issued before the oldest day kept; answers how many. */
    int deleteExpired() {
        var firstKept = LegalTime.today(clock).minusDays(settings.keepDays()).atStartOfDay(LegalTime.ZONE).toInstant();
        return reports.deleteIssuedBefore(firstKept);
    }
}
