package cn.gov.amr.credit.calendar;

/** What the year's notice says of a day: a day off (放假), or a weekend day worked instead (调休上班). */
public enum DayKind {
    /** A public holiday: not a working day, even on a weekday. */
    HOLIDAY,
    /** A Saturday or Sunday that is a working day (调休上班); never a weekday. */
    WORKING_WEEKEND
}
