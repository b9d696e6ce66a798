package cn.gov.amr.credit.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.calendar.CalendarDay;
import cn.gov.amr.credit.calendar.CalendarYear;
import cn.gov.amr.credit.calendar.DayKind;
import cn.gov.amr.credit.calendar.QuietDay;

/** A year as twelve month grids for the page: weeks from Monday, each day marked by what it is. */
final class YearGrid {

    /** What a day is, also its CSS class ({@code day-holiday}, …) and message key ({@code calendar.day.HOLIDAY}). */
    enum Mark { WORKDAY, WEEKEND, HOLIDAY, WORKING_WEEKEND }

    /**
     * One cell; {@code date} null for the blanks before the first and after the last day of a month.
     *
     * @param note  the notice's note, empty when none
     * @param quiet whether a quiet-production day falls on it
     */
    record Cell(LocalDate date, Mark mark, String note, boolean quiet, boolean today) {
        public String css() {
            return date == null ? "blank" : "day-" + mark.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + (quiet ? " quiet" : "") + (today ? " today" : "");
        }
    }

    record Month(int month, List<List<Cell>> weeks) {
    }

    private YearGrid() {
    }

    static List<Month> of(CalendarYear year, LocalDate today) {
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        year.days().forEach(d -> days.put(d.date(), d));
        Set<LocalDate> quiet = new HashSet<>();
        year.quietDays().stream().map(QuietDay::date).forEach(quiet::add);
        var months = new ArrayList<Month>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(year.year(), m), days, quiet, today));
        }
        return months;
    }

    private static Month month(YearMonth month, Map<LocalDate, CalendarDay> days, Set<LocalDate> quiet,
                               LocalDate today) {
        var weeks = new ArrayList<List<Cell>>();
        var week = new ArrayList<Cell>();
        for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
            week.add(new Cell(null, null, "", false, false));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            CalendarDay day = days.get(date);
            week.add(new Cell(date, mark(date, day), day == null ? "" : day.note(), quiet.contains(date),
                    date.equals(today)));
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Cell(null, null, "", false, false));
            }
            weeks.add(week);
        }
        return new Month(month.getMonthValue(), weeks);
    }

    private static Mark mark(LocalDate date, CalendarDay day) {
        if (day != null) {
            return day.kind() == DayKind.HOLIDAY ? Mark.HOLIDAY : Mark.WORKING_WEEKEND;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? Mark.WEEKEND : Mark.WORKDAY;
    }
}
