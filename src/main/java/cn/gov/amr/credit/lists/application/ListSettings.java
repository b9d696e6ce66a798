package cn.gov.amr.credit.lists.application;

import java.time.LocalDate;
import java.time.MonthDay;

import cn.gov.amr.credit.lists.model.AnnualReportSchedule;
import cn.gov.amr.credit.lists.model.ListTiming;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the lists ({@code credit.lists.*}, DOMAIN §7; table in docs/settings.md).
 *
 * @param annualReportDeadline   the day by which last year's annual report is due (30 June) [config];
 *                               formerly {@code credit.creditfile.annual-report-deadline}, still read as its default
 * @param listingWorkingDays     a listing is decided within this many working days of its ground (10)
 * @param removalWorkingDays     a removal proposal is due this many working days after the remedy (5) [unconfirmed]
 * @param abnormalYears          full years on the abnormal list before the serious dishonest list (3)
 * @param warningDays            the public warning covers this many days before those years are full (60)
 * @param seriousYears           a serious dishonest listing ends by itself after this many years (3)
 * @param earlyRemovalYears      early removal through credit repair after at least this many years (1)
 * @param objectionDays          an individual business marked abnormal may object for this many days (30)
 * @param nameGroundSince        the ground "name not changed" exists from this day (2025) [config]
 * @param inspectionLookbackDays inspection results older than this raise no listing proposal (365)
 * @param dailyCron              when the daily job runs (Spring cron, Asia/Shanghai): 01:30
 */
@ConfigurationProperties("credit.lists")
public record ListSettings(@DefaultValue("--06-30") MonthDay annualReportDeadline,
                           @DefaultValue("10") int listingWorkingDays,
                           @DefaultValue("5") int removalWorkingDays,
                           @DefaultValue("3") int abnormalYears,
                           @DefaultValue("60") int warningDays,
                           @DefaultValue("3") int seriousYears,
                           @DefaultValue("1") int earlyRemovalYears,
                           @DefaultValue("30") int objectionDays,
                           @DefaultValue("2025-01-01") LocalDate nameGroundSince,
                           @DefaultValue("365") int inspectionLookbackDays,
                           @DefaultValue("0 30 1 * * *") String dailyCron) {

    public AnnualReportSchedule schedule() {
        return new AnnualReportSchedule(annualReportDeadline);
    }

    public ListTiming timing() {
        return new ListTiming(listingWorkingDays, removalWorkingDays, abnormalYears, warningDays, seriousYears,
                earlyRemovalYears, objectionDays);
    }
}
