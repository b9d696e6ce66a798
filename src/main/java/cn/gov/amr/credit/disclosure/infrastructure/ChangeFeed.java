package cn.gov.amr.credit.disclosure.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import cn.gov.amr.credit.disclosure.model.ChangeReason;
import cn.gov.amr.credit.disclosure.model.PublicChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code disclosure.changes} table. */
@Repository
public class ChangeFeed {

    private final JdbcClient jdbc;

    ChangeFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Key of the advisory lock that serialises appends, so that changes commit in the order of their cursors. */
    private static final int APPEND_LOCK = 4108;

    /**
     * Appends changes. Appenders take turns (a transaction-level lock), so a change is committed before any
     * later one is numbered: a reader never sees cursor n+1 while n is still to come.
     */
    public void append(Collection<String> entityCodes, ChangeReason reason, Instant at) {
        if (entityCodes.isEmpty()) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(?, 0)").param(APPEND_LOCK).query(Object.class).single();
        jdbc.sql("""
                        insert into disclosure.changes (entity_code, reason, changed_at)
                        select code, ?, ? from unnest(cast(? as text[])) as c(code)""")
                .params(reason.name(), Timestamp.from(at), entityCodes.toArray(String[]::new)).update();
    }

    public List<PublicChange> since(long seq, int limit) {
        return jdbc.sql("select seq, entity_code, reason, changed_at from disclosure.changes where seq > ?"
                        + " order by seq limit ?")
                .params(seq, limit)
                .query((rs, n) -> new PublicChange(Long.toString(rs.getLong(1)), rs.getString(2), ChangeReason.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
