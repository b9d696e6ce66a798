package cn.gov.amr.credit.calendar.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.gov.amr.credit.calendar.CalendarDay;
import cn.gov.amr.credit.calendar.DayKind;
import cn.gov.amr.credit.calendar.QuietDay;
import cn.gov.amr.credit.calendar.YearNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar's tables: {@code calendar.years}, {@code calendar.days}, {@code calendar.quiet_days}. */
@Repository
public class CalendarTables {

    /** A kept year: its notice, or null when not imported. */
    public record YearRow(int year, YearNotice notice) {
        public boolean noticeImported() {
            return notice != null;
        }
    }

    private final JdbcClient jdbc;

    CalendarTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every day of every kept year's notice. */
    public List<CalendarDay> allDays() {
        return jdbc.sql("select day, kind, note from calendar.days order by day").query(CalendarTables::day).list();
    }

    public List<CalendarDay> days(int year) {
        return jdbc.sql("select day, kind, note from calendar.days where year = ? order by day").param(year)
                .query(CalendarTables::day).list();
    }

    public List<YearRow> years() {
        return jdbc.sql("select * from calendar.years order by year").query(CalendarTables::year).list();
    }

    public Optional<YearRow> year(int year) {
        return jdbc.sql("select * from calendar.years where year = ?").param(year).query(CalendarTables::year)
                .optional();
    }

    /**
     * Replaces the year's notice and days (the year is created when not kept), holding the year's row
     * locked until commit so that two replacements of one year never interleave.
     */
    public void replaceYear(int year, YearNotice notice, List<CalendarDay> days) {
        jdbc.sql("""
                insert into calendar.years (year, notice_imported, notice_title, notice_reference, imported_by,
                                            imported_at, changed_at)
                values (?, true, ?, ?, ?, ?, ?)
                on conflict (year) do update set notice_imported = true, notice_title = excluded.notice_title,
                    notice_reference = excluded.notice_reference, imported_by = excluded.imported_by,
                    imported_at = excluded.imported_at, changed_at = excluded.changed_at""")
                .params(year, notice.title(), notice.reference(), notice.importedBy(),
                        Timestamp.from(notice.importedAt()), Timestamp.from(notice.importedAt()))
                .update();
        jdbc.sql("delete from calendar.days where year = ?").param(year).update();
        for (CalendarDay day : days) {
            jdbc.sql("insert into calendar.days (day, year, kind, note) values (?, ?, ?, ?)")
                    .params(day.date(), year, day.kind().name(), day.note()).update();
        }
    }

    public List<QuietDay> quietDays(int year) {
        return jdbc.sql("""
                select id, day, jurisdiction, note from calendar.quiet_days
                where day between ? and ? order by day, jurisdiction nulls first""")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query(CalendarTables::quietDay).list();
    }

    public Optional<QuietDay> quietDay(long id) {
        return jdbc.sql("select id, day, jurisdiction, note from calendar.quiet_days where id = ?").param(id)
                .query(CalendarTables::quietDay).optional();
    }

    /** The new day's id; empty when the day is already kept for that jurisdiction. */
    public Optional<Long> addQuietDay(LocalDate date, String jurisdiction, String note, String by, Instant at) {
        return jdbc.sql("""
                insert into calendar.quiet_days (day, jurisdiction, note, created_by, created_at)
                values (?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(date, jurisdiction, note, by, Timestamp.from(at)).query(Long.class).optional();
    }

    public boolean removeQuietDay(long id) {
        return jdbc.sql("delete from calendar.quiet_days where id = ?").param(id).update() > 0;
    }

    private static CalendarDay day(ResultSet rs, int row) throws SQLException {
        return new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                rs.getString("note"));
    }

    private static YearRow year(ResultSet rs, int row) throws SQLException {
        if (!rs.getBoolean("notice_imported")) {
            return new YearRow(rs.getInt("year"), null);
        }
        return new YearRow(rs.getInt("year"), new YearNotice(rs.getString("notice_title"),
                rs.getString("notice_reference"), rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant()));
    }

    private static QuietDay quietDay(ResultSet rs, int row) throws SQLException {
        return new QuietDay(rs.getLong("id"), rs.getObject("day", LocalDate.class), rs.getString("jurisdiction"),
                rs.getString("note"));
    }
}
