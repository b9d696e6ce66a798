package cn.gov.amr.credit.calendar.application;

import java.time.Clock;
import java.util.List;

import cn.gov.amr.credit.calendar.WorkingCalendar;
import cn.gov.amr.credit.identity.Callers;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.platform.TodoSource;
import cn.gov.amr.credit.platform.WorkbenchTodo;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.stereotype.Component;

/**
 * ADMIN's to-do: the years whose holiday notice is not imported, of this year and (from
 * {@code credit.calendar.next-year-notice-month} on, when the notice usually appears) next year. Urgent
 * when this year's is missing: its deadlines count weekends only.
 */
@Component
class CalendarTodos implements TodoSource {

    static final String NOT_IMPORTED = "calendar.todo.notImported";

    private final WorkingCalendar calendar;
    private final Callers callers;
    private final CalendarSettings settings;
    private final Clock clock;

    CalendarTodos(WorkingCalendar calendar, Callers callers, CalendarSettings settings, Clock clock) {
        this.calendar = calendar;
        this.callers = callers;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<WorkbenchTodo> todos() {
        if (!callers.current().has(Role.ADMIN)) {
            return List.of();
        }
        var today = LegalTime.today(clock);
        int thisYear = today.getYear();
        boolean askNextYear = today.getMonthValue() >= settings.nextYearNoticeMonth();
        var missing = calendar.yearsWithoutNotice().stream()
                .filter(year -> year == thisYear || (askNextYear && year == thisYear + 1)).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(new WorkbenchTodo("calendar", NOT_IMPORTED, missing.size(),
                "/workbench/calendar?year=" + missing.get(missing.size() - 1), missing.contains(thisYear)));
    }
}
