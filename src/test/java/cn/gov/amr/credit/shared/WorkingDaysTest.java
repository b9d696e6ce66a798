package cn.gov.amr.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Working-day arithmetic with 2026's calendar (DOMAIN §11): holidays and the adjusted working weekends. */
class WorkingDaysTest {

    /** Days off 1–3 Jan, 15–23 Feb, 4–6 Apr, 1–5 May, 19–21 Jun, 25–27 Sep, 1–7 Oct (State Council, 4 Nov 2025). */
    static final WorkingDays Y2026 = new WorkingDays(holidays2026(), Set.of(
            LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));

    private static final long SEED = 20_261_203L;

    private static Set<LocalDate> holidays2026() {
        var days = new HashSet<LocalDate>();
        int[][] spans = {{1, 1, 1, 3}, {2, 15, 2, 23}, {4, 4, 4, 6}, {5, 1, 5, 5}, {6, 19, 6, 21}, {9, 25, 9, 27},
                {10, 1, 10, 7}};
        for (int[] span : spans) {
            for (var day = LocalDate.of(2026, span[0], span[1]); !day.isAfter(LocalDate.of(2026, span[2], span[3]));
                 day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    @Test
    void tenWorkingDaysAcrossTheSpringFestivalCountTheWorkingSaturdaysOfFebruary() {
        // Fri 13 Feb: Sat 14 (worked) is day 1, 15–23 off, 24–27 are days 2–5, Sat 28 (worked) day 6, 2–5 Mar days 7–10
        assertThat(Y2026.addWorkingDays(LocalDate.of(2026, 2, 13), 10)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(Y2026.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(WorkingDays.weekendsOnly().addWorkingDays(LocalDate.of(2026, 2, 13), 10))
                .as("without the notice the deadline falls inside the festival").isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void fiveWorkingDaysAcrossLabourDayCountSaturdayTheNinthOfMay() {
        // Thu 30 Apr: 1–5 May off, Wed 6 to Fri 8 are days 1–3, Sat 9 (worked) day 4, Mon 11 day 5
        assertThat(Y2026.addWorkingDays(LocalDate.of(2026, 4, 30), 5)).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(Y2026.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
        assertThat(Y2026.isWorkingDay(LocalDate.of(2026, 5, 4))).as("a Monday off").isFalse();
    }

    @Test
    void tenWorkingDaysAcrossNationalDayCountSaturdayTheTenthOfOctober() {
        // Wed 30 Sep: 1–7 Oct off, Thu 8, Fri 9, Sat 10 (worked) are days 1–3, then 12–16 and 19–20 days 4–10
        assertThat(Y2026.addWorkingDays(LocalDate.of(2026, 9, 30), 10)).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(Y2026.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10))).isEqualTo(3);
    }

    @Test
    void twentySixHasTwoHundredAndFortyEightWorkingDays() {
        assertThat(Y2026.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
        assertThat(Y2026.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).as("Sun 4 Jan is worked")
                .isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void theStartingDayIsNeverCountedAndZeroDaysIsTheStartingDay() {
        var holiday = LocalDate.of(2026, 10, 1);
        assertThat(Y2026.addWorkingDays(holiday, 0)).isEqualTo(holiday);
        assertThat(Y2026.workingDaysBetween(holiday, holiday)).isZero();
        assertThat(Y2026.addWorkingDays(LocalDate.of(2026, 3, 2), 1)).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> Y2026.addWorkingDays(LocalDate.of(2026, 3, 2), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void countingBackwardsIsNegative() {
        assertThat(Y2026.workingDaysBetween(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 2, 13))).isEqualTo(-10);
    }

    @Test
    void aWorkingWeekendMustBeAWeekendDayAndNoHoliday() {
        assertThatThrownBy(() -> new WorkingDays(Set.of(), Set.of(LocalDate.of(2026, 3, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a weekend day");
        var saturday = LocalDate.of(2026, 2, 14);
        assertThatThrownBy(() -> new WorkingDays(Set.of(saturday), Set.of(saturday)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
    }

    static Stream<Arguments> seededDates() {
        var random = new Random(SEED);
        return Stream.generate(() -> Arguments.of(LocalDate.of(2025, 12, 1).plusDays(random.nextInt(400)),
                random.nextInt(40))).limit(60);
    }

    @ParameterizedTest(name = "{0} + {1} working days")
    @MethodSource("seededDates")
    void addingThenCountingWorkingDaysGivesBackTheCount(LocalDate from, int days) {
        LocalDate deadline = Y2026.addWorkingDays(from, days);
        assertThat(Y2026.workingDaysBetween(from, deadline)).isEqualTo(days);
        assertThat(Y2026.workingDaysBetween(deadline, from)).isEqualTo(-days);
        if (days > 0) {
            assertThat(Y2026.isWorkingDay(deadline)).as("a deadline ends on a working day").isTrue();
            assertThat(Y2026.addWorkingDays(from, days - 1)).isBefore(deadline);
        }
    }
}
