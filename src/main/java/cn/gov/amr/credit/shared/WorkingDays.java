package cn.gov.amr.credit.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working days of a span of years (DOMAIN §8/§11): every day is a working day except Saturdays and
 * Sundays and the public holidays, and the adjusted weekend days (调休上班) are working days. A pure value:
 * the {@code calendar} module builds it from its tables; deadlines in working days are computed with it.
 *
 * <p>Counting convention (the one every legal deadline of the platform uses): "within N working days of
 * day D" ends on {@link #addWorkingDays addWorkingDays(D, N)}, the N-th working day after D (D itself
 * not counted, whether or not it is a working day). {@link #workingDaysBetween(LocalDate, LocalDate)}
 * counts the working days in (from, to], so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
 *
 * @param holidays        days off that would otherwise be working days (public holidays on weekdays; holidays
 *                        falling on a weekend may be listed too, they change nothing)
 * @param workingWeekends Saturdays and Sundays that are working days
 */
public record WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {

    public WorkingDays {
        holidays = Set.copyOf(new TreeSet<>(holidays));
        workingWeekends = Set.copyOf(new TreeSet<>(workingWeekends));
        for (LocalDate day : workingWeekends) {
            if (!isWeekend(day)) {
                throw new IllegalArgumentException("not a weekend day: " + day);
            }
            if (holidays.contains(day)) {
                throw new IllegalArgumentException("both a holiday and a working day: " + day);
            }
        }
    }

    /** Weekends only: no holidays known. */
    public static WorkingDays weekendsOnly() {
        return new WorkingDays(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        return !isWeekend(day) && !holidays.contains(day);
    }

    /** The {@code days}-th working day after {@code from} ({@code from} itself not counted); {@code from} for 0. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("negative working days: " + days);
        }
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days in (from, to]; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
