package cn.gov.amr.credit.calendar;

import java.time.LocalDate;

/**
 * One day of a year's notice.
 *
 * @param date the day (a legal date, China Standard Time)
 * @param kind a holiday or a working weekend
 * @param note what the notice calls it (e.g. the festival), empty when none; never null
 */
public record CalendarDay(LocalDate date, DayKind kind, String note) {

    public CalendarDay {
        note = note == null ? "" : note;
    }
}
