package cn.gov.amr.credit.lists.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code lists.filing_entries} table: annual reports an officer entered as filed. */
@Repository
public class FilingEntryStore {

    private final JdbcClient jdbc;

    FilingEntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enters a filing; an entry for the same entity and year stays as first entered (answers false). */
    public boolean enter(String entityCode, int year, LocalDate filedOn, String by, Instant at) {
        return jdbc.sql("insert into lists.filing_entries (entity_code, report_year, filed_on, entered_by, entered_at)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(entityCode, year, filedOn, by, Timestamp.from(at)).update() == 1;
    }

    public List<Integer> yearsOf(String entityCode) {
        return jdbc.sql("select report_year from lists.filing_entries where entity_code = ?").param(entityCode)
                .query(Integer.class).list();
    }

    public java.util.Map<String, Set<Integer>> all() {
        var all = new java.util.HashMap<String, Set<Integer>>();
        jdbc.sql("select entity_code, report_year from lists.filing_entries").query(rs -> {
            all.computeIfAbsent(rs.getString(1), c -> new java.util.TreeSet<>()).add(rs.getInt(2));
        });
        return all;
    }

    public Set<String> codesFor(int year) {
        return new HashSet<>(jdbc.sql("select entity_code from lists.filing_entries where report_year = ?").param(year)
                .query(String.class).list());
    }

    public boolean anyFor(int year) {
        return jdbc.sql("select exists (select 1 from lists.filing_entries where report_year = ?)").param(year)
                .query(Boolean.class).single();
    }
}
