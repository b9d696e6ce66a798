package cn.gov.amr.credit.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.gov.amr.credit.calendar.infrastructure.CalendarTables;
import cn.gov.amr.credit.calendar.infrastructure.WorkingDaysCache;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's one working-day calendar: every legal deadline is computed with it. Read from the
 * calendar tables (weekends, public holidays and adjusted working weekends per year, maintained by
 * ADMIN); a year without an imported notice counts weekends only.
 *
 * <p>The working days are cached per instance: the instance where ADMIN changes a year refreshes right
 * after the change commits ({@link CalendarChanged}); every other instance reads the tables again when its
 * copy is older than {@code credit.calendar.refresh-every} (one minute by default), on the next call. So a
 * deadline computed on another instance may use the old days for at most that long after a change.
 * The day arithmetic is cheap (no database access between refreshes) and safe from any thread.
 */
@Service
public class WorkingCalendar {

    private final WorkingDaysCache cache;
    private final CalendarTables tables;
    private final Clock clock;

    WorkingCalendar(WorkingDaysCache cache, CalendarTables tables, Clock clock) {
        this.cache = cache;
        this.tables = tables;
        this.clock = clock;
    }

    /** The working days of every year the calendar keeps (a snapshot; cheap to call). */
    public WorkingDays workingDays() {
        return cache.current();
    }

    /**
     * The {@code days}-th working day after {@code from} ({@code from} not counted): the last day of a
     * deadline "within {@code days} working days of {@code from}". Refuses negative days.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return workingDays().addWorkingDays(from, days);
    }

    /** Working days in (from, to]; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDays().workingDaysBetween(from, to);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays().isWorkingDay(day);
    }

    /**
     * One year as kept, read from the tables (not cached): its notice, days, working-day count and
     * quiet-production days. A year the calendar does not keep is answered as weekends only, not imported.
     *
     * @throws IllegalArgumentException for a year outside {@link CalendarYear#FIRST_YEAR}–{@link CalendarYear#LAST_YEAR}
     */
    @Transactional(readOnly = true)
    public CalendarYear year(int year) {
        if (!CalendarYear.kept(year)) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        var row = tables.year(year).orElse(new CalendarTables.YearRow(year, null));
        var days = tables.days(year);
        int count = WorkingDaysCache.of(days).workingDaysBetween(LocalDate.of(year - 1, 12, 31),
                LocalDate.of(year, 12, 31));
        return new CalendarYear(year, row.noticeImported(), row.notice(), days, count, tables.quietDays(year));
    }

    /**
     * The years whose deadlines may still move because their notice is not imported, ascending: every kept
     * year without a notice, and this year and next year (legal dates, China Standard Time) when not kept.
     */
    @Transactional(readOnly = true)
    public List<Integer> yearsWithoutNotice() {
        int thisYear = LegalTime.today(clock).getYear();
        Map<Integer, Boolean> imported = tables.years().stream()
                .collect(Collectors.toMap(CalendarTables.YearRow::year, CalendarTables.YearRow::noticeImported));
        var years = new TreeSet<Integer>();
        imported.forEach((year, done) -> {
            if (!done) {
                years.add(year);
            }
        });
        for (int year : new int[] {thisYear, thisYear + 1}) {
            if (!imported.containsKey(year)) {
                years.add(year);
            }
        }
        return List.copyOf(years);
    }
}
