package cn.gov.amr.credit.calendar.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.amr.credit.calendar.CalendarChanged;
import cn.gov.amr.credit.calendar.CalendarDay;
import cn.gov.amr.credit.calendar.DayKind;
import cn.gov.amr.credit.calendar.application.CalendarSettings;
import cn.gov.amr.credit.shared.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * This instance's copy of the working days: read from the tables on first use, again as soon as a change
 * made here commits ({@link CalendarChanged}), and again once older than {@code credit.calendar.refresh-every}
 * (changes made on other instances). Reads between refreshes touch no database; safe from any thread.
 */
@Component
public class WorkingDaysCache {

    private record Snapshot(WorkingDays days, Instant loadedAt) {
    }

    private final CalendarTables tables;
    private final CalendarSettings settings;
    private final Clock clock;
    private final Object loading = new Object();
    private volatile Snapshot snapshot;

    WorkingDaysCache(CalendarTables tables, CalendarSettings settings, Clock clock) {
        this.tables = tables;
        this.settings = settings;
        this.clock = clock;
    }

    public WorkingDays current() {
        var current = snapshot;
        if (current != null && fresh(current)) {
            return current.days();
        }
        synchronized (loading) {
            current = snapshot;
            if (current == null || !fresh(current)) {
                current = new Snapshot(of(tables.allDays()), clock.instant());
                snapshot = current;
            }
            return current.days();
        }
    }

    /** After the change commits (or at once outside a transaction); waits for a load under way to finish first. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CalendarChanged changed) {
        synchronized (loading) {
            snapshot = null;
        }
    }

    /** The working days of the given notice days. */
    public static WorkingDays of(List<CalendarDay> days) {
        return new WorkingDays(dates(days, DayKind.HOLIDAY), dates(days, DayKind.WORKING_WEEKEND));
    }

    private boolean fresh(Snapshot current) {
        return current.loadedAt().plus(settings.refreshEvery()).isAfter(clock.instant());
    }

    private static Set<LocalDate> dates(List<CalendarDay> days, DayKind kind) {
        return days.stream().filter(d -> d.kind() == kind).map(CalendarDay::date).collect(Collectors.toSet());
    }
}
