package cn.gov.amr.credit.audit.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import cn.gov.amr.credit.audit.model.AuditEntry;
import cn.gov.amr.credit.audit.model.AuditQuery;
import cn.gov.amr.credit.audit.model.AuditRecord;
import cn.gov.amr.credit.audit.model.ChainHead;
import cn.gov.amr.credit.shared.Paged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit.entries} table and the head checkpoints. Only inserts; no update or delete. */
@Repository
public class AuditEntries {

    /** Key of the transaction-level advisory lock that serialises writers of the chain. */
    private static final long APPEND_LOCK = 0x41554449544C4FL;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditEntries(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.template.setFetchSize(1000);
    }

    /** Waits for, then holds until commit, the lock that makes appends one at a time. */
    public void lockForAppend() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((rs, n) -> 1).list();
    }

    public Optional<AuditRecord> last() {
        return jdbc.sql("select * from audit.entries order by seq desc limit 1").query(AuditEntries::map).optional();
    }

    public void append(AuditRecord e) {
        jdbc.sql("""
                insert into audit.entries (seq, occurred_at, actor, client_address, action, target, details, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.seq(), Timestamp.from(e.occurredAt()), e.actor(), e.clientAddress(), e.action(), e.target(),
                        e.details(), e.previousHash(), e.hash())
                .update();
    }

    /** Streams every entry in ascending order without holding them all in memory. */
    public void forEachInOrder(Consumer<AuditRecord> consumer) {
        template.query("select * from audit.entries order by seq", rs -> {
            consumer.accept(map(rs, 0));
        });
    }

    public Paged<AuditEntry> search(AuditQuery query) {
        var where = new StringBuilder(" where true");
        var params = new ArrayList<Object>();
        if (notBlank(query.actor())) {
            where.append(" and actor = ?");
            params.add(query.actor().trim());
        }
        if (notBlank(query.action())) {
            where.append(" and action = ?");
            params.add(query.action().trim());
        }
        if (notBlank(query.target())) {
            where.append(" and target = ?");
            params.add(query.target().trim());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.from(query.to()));
        }
        long total = jdbc.sql("select count(*) from audit.entries" + where).params(params).query(Long.class).single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) (query.page() - 1) * query.size());
        List<AuditEntry> items = jdbc.sql("select * from audit.entries" + where + " order by seq desc limit ? offset ?")
                .params(pageParams)
                .query(AuditEntries::map).list().stream()
                .map(r -> new AuditEntry(r.seq(), r.occurredAt(), r.actor(), r.clientAddress(), r.action(), r.target(),
                        r.detailMap(), r.hash()))
                .toList();
        return Paged.of(items, query.page(), query.size(), total);
    }

    public void checkpoint(ChainHead head, java.time.Instant at) {
        jdbc.sql("insert into audit.head_checkpoints (seq, hash, recorded_at) values (?, ?, ?)")
                .params(head.seq(), head.hash(), Timestamp.from(at)).update();
    }

    public Optional<ChainHead> latestCheckpoint() {
        return jdbc.sql("select seq, hash from audit.head_checkpoints order by id desc limit 1")
                .query((rs, n) -> new ChainHead(rs.getLong("seq"), rs.getString("hash"))).optional();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("client_address"), rs.getString("action"), rs.getString("target"),
                rs.getString("details"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
