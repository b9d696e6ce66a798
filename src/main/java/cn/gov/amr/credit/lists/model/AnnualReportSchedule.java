package cn.gov.amr.credit.lists.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When annual reports are due (DOMAIN §7): the report of year Y by the deadline day (30 June [config]) of
 * Y+1. On a day after this year's deadline last year's report is due, before it the year before's.
 */
public record AnnualReportSchedule(MonthDay deadline) {

    /** The report year whose deadline is the latest to have passed on {@code day}. */
    public int dueYear(LocalDate day) {
        return deadline.atYear(day.getYear()).isBefore(day) ? day.getYear() - 1 : day.getYear() - 2;
    }

    /** The last day to file the report of {@code reportYear}. */
    public LocalDate deadline(int reportYear) {
        return deadline.atYear(reportYear + 1);
    }

    /** The day the ground "annual report not filed" arises for {@code reportYear}: the day after its deadline. */
    public LocalDate groundArises(int reportYear) {
        return deadline(reportYear).plusDays(1);
    }

    /** Whether an entity established on {@code establishedOn} had to file the report of {@code reportYear}. */
    public static boolean mustFile(LocalDate establishedOn, int reportYear) {
        return establishedOn == null || establishedOn.getYear() <= reportYear;
    }
}
