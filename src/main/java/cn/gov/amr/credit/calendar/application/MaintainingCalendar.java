package cn.gov.amr.credit.calendar.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.calendar.CalendarChanged;
import cn.gov.amr.credit.calendar.CalendarDay;
import cn.gov.amr.credit.calendar.CalendarYear;
import cn.gov.amr.credit.calendar.DayKind;
import cn.gov.amr.credit.calendar.QuietDay;
import cn.gov.amr.credit.calendar.WorkingCalendar;
import cn.gov.amr.credit.calendar.YearNotice;
import cn.gov.amr.credit.calendar.infrastructure.CalendarTables;
import cn.gov.amr.credit.calendar.infrastructure.NoticeFileException;
import cn.gov.amr.credit.calendar.infrastructure.NoticeFiles;
import cn.gov.amr.credit.calendar.model.LineProblem;
import cn.gov.amr.credit.calendar.model.NoticeCheck;
import cn.gov.amr.credit.calendar.model.NoticeLine;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's upkeep of the calendar: a year's notice replaced from a JSON table or imported from a file, and
 * the quiet-production days. A notice is checked whole before anything is written and written in one
 * transaction, so it is never applied in part; each change is audited, and a changed year publishes
 * {@link CalendarChanged}.
 */
@Service
public class MaintainingCalendar {

    /** The longest notice title or reference, in characters. */
    public static final int MAX_TITLE = 200;

    /** Where a notice's lines came from, which names the field of a bad line in a refusal. */
    public enum Source {
        /** {@code $.days[i]}: i from 0, the line's row is i + 1. */
        JSON("$.days[%d].%s", -1),
        /** {@code $.rows[n]}: n the sheet's row number (the header is row 1). */
        FILE("$.rows[%d].%s", 0);

        private final String path;
        private final int offset;

        Source(String path, int offset) {
            this.path = path;
            this.offset = offset;
        }

        String field(LineProblem problem) {
            return path.formatted(problem.row() + offset, problem.column());
        }
    }

    private final CalendarTables tables;
    private final WorkingCalendar calendar;
    private final NoticeVocabulary vocabulary;
    private final CalendarSettings settings;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MaintainingCalendar(CalendarTables tables, WorkingCalendar calendar, NoticeVocabulary vocabulary,
                        CalendarSettings settings, UserAccounts accounts, AuditLog audit,
                        ApplicationEventPublisher events, Clock clock) {
        this.tables = tables;
        this.calendar = calendar;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Replaces the year's notice with {@code lines}; refused whole ({@code INVALID_NOTICE}) if a line is bad. */
    @Transactional
    public CalendarYear replace(int year, String title, String reference, List<NoticeLine> lines, Source source) {
        checkYear(year);
        checkTitles(title, reference);
        if (lines == null || lines.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "NOTICE_EMPTY", year);
        }
        var outcome = NoticeCheck.check(year, lines, vocabulary.kinds());
        if (!outcome.accepted()) {
            var problems = outcome.problems().stream()
                    .map(p -> new FieldProblem(source.field(p), p.code(), p.arguments())).toList();
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_NOTICE", problems, problems.size());
        }
        var actor = AuditLog.currentActor();
        tables.replaceYear(year, new YearNotice(blankToNull(title), blankToNull(reference), actor.name(),
                clock.instant()), outcome.days());
        audit.record(actor, CalendarActions.NOTICE_REPLACED, "calendar:" + year, Map.of(
                "source", source.name(),
                "holidays", Long.toString(count(outcome.days(), DayKind.HOLIDAY)),
                "workingWeekends", Long.toString(count(outcome.days(), DayKind.WORKING_WEEKEND))));
        events.publishEvent(new CalendarChanged(year));
        return calendar.year(year);
    }

    /** Imports the year's notice from a CSV or XLSX table (columns 日期, 类型, 说明); as {@link #replace}. */
    @Transactional
    public CalendarYear importFile(int year, String title, String reference, byte[] content) {
        checkYear(year);
        if (content == null || content.length == 0) {
            throw new Refusal(Refusal.Kind.INVALID, "MISSING_PARAMETER",
                    List.of(new FieldProblem("file", "REQUIRED_PARAMETER", List.of("file"))), "file");
        }
        if (content.length > settings.maxFileSize().toBytes()) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "NOTICE_FILE_TOO_LARGE", settings.maxFileSize().toKilobytes());
        }
        List<NoticeLine> lines;
        try {
            lines = NoticeFiles.read(content, vocabulary.headers());
        } catch (NoticeFileException e) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, e.code(), e.arguments());
        }
        return replace(year, title, reference, lines, Source.FILE);
    }

    /** Keeps a quiet-production day (city-wide when {@code jurisdiction} is blank); 409 if already kept. */
    @Transactional
    public QuietDay addQuietDay(LocalDate date, String jurisdiction, String note) {
        var problems = new ArrayList<FieldProblem>();
        if (date == null || !CalendarYear.kept(date.getYear())) {
            problems.add(new FieldProblem("$.date", "QUIET_DAY_DATE", List.of(CalendarYear.FIRST_YEAR,
                    CalendarYear.LAST_YEAR)));
        }
        String code = blankToNull(jurisdiction);
        if (code != null && accounts.jurisdictions().stream().noneMatch(j -> j.code().equals(code))) {
            problems.add(new FieldProblem("$.jurisdiction", "JURISDICTION_UNKNOWN", List.of(code)));
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > NoticeCheck.MAX_NOTE) {
            problems.add(new FieldProblem("$.note", "QUIET_DAY_NOTE_TOO_LONG", List.of(NoticeCheck.MAX_NOTE)));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_QUIET_DAY", problems);
        }
        var actor = AuditLog.currentActor();
        long id = tables.addQuietDay(date, code, text, actor.name(), clock.instant())
                .orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "QUIET_DAY_EXISTS", date.toString()));
        audit.record(actor, CalendarActions.QUIET_DAY_ADDED, "calendar:" + date.getYear(),
                Map.of("id", Long.toString(id), "date", date.toString(), "jurisdiction", code == null ? "" : code));
        return new QuietDay(id, date, code, text);
    }

    @Transactional
    public void removeQuietDay(long id) {
        var day = tables.quietDay(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "QUIET_DAY_NOT_FOUND", id));
        tables.removeQuietDay(id);
        audit.record(CalendarActions.QUIET_DAY_REMOVED, "calendar:" + day.date().getYear(), Map.of(
                "id", Long.toString(id), "date", day.date().toString(),
                "jurisdiction", day.jurisdiction() == null ? "" : day.jurisdiction()));
    }

    /** Refuses a year the calendar does not keep: 400 {@code INVALID_PARAMETER} on {@code year}. */
    public static void checkYear(int year) {
        if (!CalendarYear.kept(year)) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_PARAMETER", List.of(new FieldProblem("year",
                    "CALENDAR_YEAR_RANGE", List.of(CalendarYear.FIRST_YEAR, CalendarYear.LAST_YEAR))));
        }
    }

    private static void checkTitles(String title, String reference) {
        var problems = new ArrayList<FieldProblem>();
        if (title != null && title.strip().length() > MAX_TITLE) {
            problems.add(new FieldProblem("$.title", "NOTICE_TITLE_TOO_LONG", List.of(MAX_TITLE)));
        }
        if (reference != null && reference.strip().length() > MAX_TITLE) {
            problems.add(new FieldProblem("$.reference", "NOTICE_TITLE_TOO_LONG", List.of(MAX_TITLE)));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_NOTICE", problems, problems.size());
        }
    }

    private static long count(List<CalendarDay> days, DayKind kind) {
        return days.stream().filter(d -> d.kind() == kind).count();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
