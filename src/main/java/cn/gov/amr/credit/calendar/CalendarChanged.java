package cn.gov.amr.credit.calendar;

/**
 * A year of the calendar changed (its notice was replaced or imported): deadlines in that year may move.
 * Published in the transaction of the change; listeners that recompute deadlines act after commit.
 * Quiet-production days do not change working days and publish nothing.
 *
 * @param year the calendar year that changed
 */
public record CalendarChanged(int year) {
}
