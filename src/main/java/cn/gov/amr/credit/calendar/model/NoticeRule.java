package cn.gov.amr.credit.calendar.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import cn.gov.amr.credit.calendar.DayKind;

/**
 * The rules each readable line of a year's notice keeps, one per constant; {@link NoticeCheck} applies
 * them all (besides reading the date and type, and refusing a date given twice).
 */
enum NoticeRule {

    /** The notice of year Y names days of Y only. */
    DATE_IN_THE_YEAR {
        @Override
        Optional<LineProblem> check(NoticeLine line, LocalDate date, DayKind kind, int year) {
            return date.getYear() == year ? Optional.empty()
                    : Optional.of(LineProblem.of(line, "date", "NOTICE_DATE_OUTSIDE_YEAR", date.toString(), year));
        }
    },

    /** Only a Saturday or a Sunday can be a weekend day worked instead (调休上班). */
    WORKING_DAY_ON_A_WEEKEND {
        @Override
        Optional<LineProblem> check(NoticeLine line, LocalDate date, DayKind kind, int year) {
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            return kind != DayKind.WORKING_WEEKEND || weekend ? Optional.empty()
                    : Optional.of(LineProblem.of(line, "type", "NOTICE_WORKING_DAY_NOT_WEEKEND", date.toString()));
        }
    },

    /** A note is a short label (the festival's name), not a text. */
    SHORT_NOTE {
        @Override
        Optional<LineProblem> check(NoticeLine line, LocalDate date, DayKind kind, int year) {
            return line.note() == null || line.note().strip().length() <= NoticeCheck.MAX_NOTE ? Optional.empty()
                    : Optional.of(LineProblem.of(line, "note", "NOTICE_NOTE_TOO_LONG", NoticeCheck.MAX_NOTE));
        }
    };

    /** @param kind the line's type, or null when unreadable */
    abstract Optional<LineProblem> check(NoticeLine line, LocalDate date, DayKind kind, int year);
}
