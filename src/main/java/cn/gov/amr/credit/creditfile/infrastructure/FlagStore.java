package cn.gov.amr.credit.creditfile.infrastructure;

import cn.gov.amr.credit.creditfile.FlagKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.gov.amr.credit.creditfile.model.CreditFlag;
import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.platform.CopyCsv;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code creditfile.flags} table. */
@Repository
public class FlagStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    FlagStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Advisory-lock class of flag updates: one at a time, so the later one sees every earlier commit. */
    static final int FLAG_LOCK = 4106;

    /** Serialises flag updates until the current transaction ends. */
    public void lockForUpdate() {
        jdbc.sql("select pg_advisory_xact_lock(?, 0)").param(FLAG_LOCK).query(Object.class).single();
    }

    /** Replaces the stored flags of these entities (inside a transaction, after {@link #lockForUpdate}). */
    public void replace(Collection<String> entityCodes, Map<String, List<CreditFlag>> flags, Instant at) {
        jdbc.sql("delete from creditfile.flags where entity_code = any(?)").param(entityCodes.toArray(String[]::new))
                .update();
        var copy = new CopyCsv(flags.size());
        flags.forEach((code, list) -> list.forEach(f -> copy.row(code, f.flag().name(), date(f.since()),
                date(f.until()), Integer.toString(f.count()), at.toString())));
        copy.copyIn(dataSource, "copy creditfile.flags (entity_code, flag, since, until, count, updated_at)"
                + " from stdin (format csv)");
    }

    /** The entity's flags still in force on {@code today}. */
    public List<CreditFlag> current(String entityCode, LocalDate today) {
        return jdbc.sql("""
                        select flag, since, until, count from creditfile.flags
                        where entity_code = ? and (until is null or until >= ?) order by flag""")
                .params(entityCode, today)
                .query((rs, n) -> new CreditFlag(FlagKind.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .list();
    }

    /** How many entities carry each flag in force on {@code today}. */
    public Map<FlagKind, Long> counts(LocalDate today) {
        var result = new java.util.EnumMap<FlagKind, Long>(FlagKind.class);
        jdbc.sql("select flag, count(*) from creditfile.flags where until is null or until >= ? group by flag")
                .param(today).query((rs, n) -> result.put(FlagKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return result;
    }


    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
