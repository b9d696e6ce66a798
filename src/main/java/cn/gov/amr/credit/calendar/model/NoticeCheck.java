package cn.gov.amr.credit.calendar.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.amr.credit.calendar.CalendarDay;
import cn.gov.amr.credit.calendar.DayKind;

/**
 * Checks a year's notice line by line: every line must have a readable date and type and keep every
 * {@link NoticeRule}; no date may be given twice. Either every line is accepted (the year's days) or the
 * notice is refused with the problems of every bad line (at most {@link #MAX_PROBLEMS}): a notice is never
 * taken in part.
 */
public final class NoticeCheck {

    /** The longest note, in characters. */
    public static final int MAX_NOTE = 200;
    /** At most this many problems are reported. */
    public static final int MAX_PROBLEMS = 100;

    /** The accepted days (by date) when there are no problems; else the problems, by line. */
    public record Outcome(List<CalendarDay> days, List<LineProblem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private NoticeCheck() {
    }

    public static Outcome check(int year, List<NoticeLine> lines, DayKindWords words) {
        var days = new ArrayList<CalendarDay>();
        var problems = new ArrayList<LineProblem>();
        Map<LocalDate, Integer> firstRow = new HashMap<>();
        for (NoticeLine line : lines) {
            var lineProblems = checkLine(line, year, words, firstRow);
            if (lineProblems.isEmpty()) {
                days.add(new CalendarDay(NoticeDates.parse(line.date()).orElseThrow(),
                        words.kind(line.kind()).orElseThrow(), line.note() == null ? "" : line.note().strip()));
            }
            problems.addAll(lineProblems);
        }
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), List.copyOf(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))));
        }
        days.sort(java.util.Comparator.comparing(CalendarDay::date));
        return new Outcome(List.copyOf(days), List.of());
    }

    private static List<LineProblem> checkLine(NoticeLine line, int year, DayKindWords words,
                                               Map<LocalDate, Integer> firstRow) {
        var problems = new ArrayList<LineProblem>();
        Optional<LocalDate> date = readDate(line, problems);
        Optional<DayKind> kind = words.kind(line.kind());
        if (kind.isEmpty()) {
            problems.add(LineProblem.of(line, "type", "NOTICE_DAY_TYPE_INVALID", text(line.kind())));
        }
        if (date.isPresent()) {
            Integer earlier = firstRow.putIfAbsent(date.get(), line.row());
            if (earlier != null) {
                problems.add(LineProblem.of(line, "date", "NOTICE_DATE_DUPLICATE", date.get().toString(), earlier));
            }
            for (NoticeRule rule : NoticeRule.values()) {
                rule.check(line, date.get(), kind.orElse(null), year).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private static Optional<LocalDate> readDate(NoticeLine line, List<LineProblem> problems) {
        if (line.date() == null || line.date().isBlank()) {
            problems.add(LineProblem.of(line, "date", "NOTICE_DATE_REQUIRED"));
            return Optional.empty();
        }
        var date = NoticeDates.parse(line.date());
        if (date.isEmpty()) {
            problems.add(LineProblem.of(line, "date", "NOTICE_DATE_INVALID", text(line.date())));
        }
        return date;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
