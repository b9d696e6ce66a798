package cn.gov.amr.credit.calendar;

import java.time.LocalDate;

import cn.gov.amr.credit.shared.WorkingDays;
import org.springframework.stereotype.Service;

/**
 * The platform's one working-day calendar: every legal deadline is computed with it. Read from the
 * calendar tables (weekends, public holidays and adjusted working weekends per year, maintained by
 * ADMIN); a year without an imported notice counts weekends only.
 */
@Service
public class WorkingCalendar {

    /** The working days of every year the calendar keeps (a snapshot; cheap to call). */
    public WorkingDays workingDays() {
        return WorkingDays.weekendsOnly(); // SKELETON: replaced by the calendar tables
    }

    /** The {@code days}-th working day after {@code from} ({@code from} not counted). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return workingDays().addWorkingDays(from, days);
    }

    /** Working days in (from, to]. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDays().workingDaysBetween(from, to);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays().isWorkingDay(day);
    }
}
