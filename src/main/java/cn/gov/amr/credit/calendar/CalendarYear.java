package cn.gov.amr.credit.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of the calendar as ADMIN maintains it. A year whose notice is not imported counts weekends
 * only ({@code days} empty, {@code notice} null); callers should warn that its deadlines may move.
 *
 * @param year           the calendar year
 * @param noticeImported whether the State Council's notice for the year has been entered
 * @param notice         the notice, or null when not imported
 * @param days           the notice's holidays and working weekends, by date
 * @param workingDays    the number of working days of the year
 * @param quietDays      the quiet-production days of the year, by date
 */
public record CalendarYear(int year, boolean noticeImported, YearNotice notice, List<CalendarDay> days,
                           int workingDays, List<QuietDay> quietDays) {

    /** The first and last year the calendar keeps. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public CalendarYear {
        days = List.copyOf(days);
        quietDays = List.copyOf(quietDays);
    }

    public List<LocalDate> holidays() {
        return datesOf(DayKind.HOLIDAY);
    }

    public List<LocalDate> workingWeekends() {
        return datesOf(DayKind.WORKING_WEEKEND);
    }

    private List<LocalDate> datesOf(DayKind kind) {
        return days.stream().filter(d -> d.kind() == kind).map(CalendarDay::date).sorted().toList();
    }

    /** Whether {@code year} lies in the range the calendar keeps. */
    public static boolean kept(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
