package cn.gov.amr.credit.lists.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import cn.gov.amr.credit.shared.WorkingDays;

/** The 2026 working-day calendar of DOMAIN §11 (State Council notice of 4 Nov 2025), for rule tests. */
final class Calendar2026 {

    static final WorkingDays DAYS = new WorkingDays(holidays(), Set.of(d("2026-01-04"), d("2026-02-14"),
            d("2026-02-28"), d("2026-05-09"), d("2026-09-20"), d("2026-10-10")));

    private Calendar2026() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Set<LocalDate> holidays() {
        var days = new HashSet<LocalDate>();
        span(days, "2026-01-01", "2026-01-03");
        span(days, "2026-02-15", "2026-02-23");
        span(days, "2026-04-04", "2026-04-06");
        span(days, "2026-05-01", "2026-05-05");
        span(days, "2026-06-19", "2026-06-21");
        span(days, "2026-09-25", "2026-09-27");
        span(days, "2026-10-01", "2026-10-07");
        return days;
    }

    private static void span(Set<LocalDate> days, String from, String to) {
        for (LocalDate day = d(from); !day.isAfter(d(to)); day = day.plusDays(1)) {
            days.add(day);
        }
    }
}
