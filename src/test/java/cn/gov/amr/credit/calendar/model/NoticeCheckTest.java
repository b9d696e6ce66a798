package cn.gov.amr.credit.calendar.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.calendar.CalendarDay;
import cn.gov.amr.credit.calendar.DayKind;
import org.junit.jupiter.api.Test;

/** The rules of a year's notice, line by line, without Spring. */
class NoticeCheckTest {

    private static final DayKindWords WORDS = new DayKindWords(Map.of(
            DayKind.HOLIDAY, List.of("放假", "Day off"), DayKind.WORKING_WEEKEND, List.of("上班", "Working day")));

    private static NoticeLine line(int row, String date, String kind) {
        return new NoticeLine(row, date, kind, null);
    }

    private static List<String> codes(NoticeCheck.Outcome outcome) {
        return outcome.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.code()).toList();
    }

    @Test
    void aGoodNoticeGivesItsDaysByDateWithLabelsOrNamesAndAnySpelling() {
        var outcome = NoticeCheck.check(2026, List.of(line(2, "2026/2/28", " 上班 "), line(3, "2026-02-15", "HOLIDAY"),
                new NoticeLine(4, "2026.2.16", "day off", " 春节 ")), WORDS);
        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.days()).containsExactly(
                new CalendarDay(LocalDate.of(2026, 2, 15), DayKind.HOLIDAY, ""),
                new CalendarDay(LocalDate.of(2026, 2, 16), DayKind.HOLIDAY, "春节"),
                new CalendarDay(LocalDate.of(2026, 2, 28), DayKind.WORKING_WEEKEND, ""));
    }

    @Test
    void aWeekdayCannotBeAWorkingWeekendButAHolidayMayFallOnAWeekend() {
        var outcome = NoticeCheck.check(2026, List.of(line(2, "2026-03-02", "上班"), line(3, "2026-01-03", "放假")),
                WORDS);
        assertThat(codes(outcome)).containsExactly("2 type NOTICE_WORKING_DAY_NOT_WEEKEND");
        assertThat(outcome.days()).as("nothing is accepted in part").isEmpty();
    }

    @Test
    void everyBadLineIsNamedWithItsRowAndTheFirstRowOfADuplicate() {
        var outcome = NoticeCheck.check(2026, List.of(line(2, "2026-10-01", "放假"), line(3, "2026-10-01", "放假"),
                line(4, "2027-01-01", "放假"), line(5, "tomorrow", "?"), line(6, " ", "放假"),
                new NoticeLine(7, "2026-10-02", "放假", "x".repeat(NoticeCheck.MAX_NOTE + 1))), WORDS);
        assertThat(codes(outcome)).containsExactly("3 date NOTICE_DATE_DUPLICATE", "4 date NOTICE_DATE_OUTSIDE_YEAR",
                "5 date NOTICE_DATE_INVALID", "5 type NOTICE_DAY_TYPE_INVALID", "6 date NOTICE_DATE_REQUIRED",
                "7 note NOTICE_NOTE_TOO_LONG");
        assertThat(outcome.problems().get(0).arguments()).containsExactly(3, "2026-10-01", 2);
    }

    @Test
    void anImpossibleDateIsUnreadable() {
        assertThat(codes(NoticeCheck.check(2026, List.of(line(2, "2026-02-29", "放假")), WORDS)))
                .containsExactly("2 date NOTICE_DATE_INVALID");
    }
}
