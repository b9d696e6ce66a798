package cn.gov.amr.credit.classification.infrastructure;

import cn.gov.amr.credit.classification.RunKind;
import cn.gov.amr.credit.classification.RunProgress;
import cn.gov.amr.credit.classification.RunStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code classification.runs} table: queued, running and finished runs with their progress. */
@Repository
public class RunStore {

    private static final String COLUMNS = "r.id, r.kind, r.status, r.model_id, m.version, r.done, r.total, r.queued_at,"
            + " r.started_at, r.finished_at, r.started_by, r.error";
    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long queue(RunKind kind, long modelId, String by, Instant at) {
        return jdbc.sql("insert into classification.runs (kind, status, model_id, queued_at, started_by)"
                        + " values (?, 'QUEUED', ?, ?, ?) returning id")
                .params(kind.name(), modelId, Timestamp.from(at), by).query(Long.class).single();
    }

    /** A full run still queued, if any (a second request joins it). */
    public Optional<Long> queuedFull() {
        return jdbc.sql("select id from classification.runs where kind = 'FULL' and status = 'QUEUED' order by id limit 1")
                .query(Long.class).optional();
    }

    /** Runs left running by an instance that stopped go back to the queue (only the run job runs them). */
    public int requeueOrphans() {
        return jdbc.sql("update classification.runs set status = 'QUEUED', done = 0 where status = 'RUNNING'").update();
    }

    /** Claims the oldest queued run: it is running from now. */
    public Optional<RunProgress> claim(Instant at) {
        var id = jdbc.sql("""
                        update classification.runs set status = 'RUNNING', started_at = ?
                        where id = (select id from classification.runs where status = 'QUEUED' order by id
                            for update skip locked limit 1)
                        returning id""")
                .param(Timestamp.from(at)).query(Long.class).optional();
        return id.flatMap(this::find);
    }

    public void progress(long id, long done, long total) {
        jdbc.sql("update classification.runs set done = ?, total = ? where id = ?").params(done, total, id).update();
    }

    public void finish(long id, long done, String reportJson, Instant at) {
        jdbc.sql("update classification.runs set status = 'DONE', done = ?, total = greatest(total, ?),"
                        + " report = cast(? as jsonb), finished_at = ? where id = ?")
                .params(done, done, reportJson, Timestamp.from(at), id).update();
    }

    public void fail(long id, String error, Instant at) {
        jdbc.sql("update classification.runs set status = 'FAILED', error = ?, finished_at = ? where id = ?")
                .params(error, Timestamp.from(at), id).update();
    }

    public Optional<RunProgress> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from classification.runs r join classification.models m on m.id = r.model_id"
                + " where r.id = ?").param(id).query(RunStore::progress).optional();
    }

    public Optional<String> report(long id) {
        return jdbc.sql("select report::text from classification.runs where id = ? and report is not null").param(id)
                .query(String.class).optional();
    }

    public List<RunProgress> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from classification.runs r join classification.models m on m.id = r.model_id"
                + " order by r.id desc limit ?").param(limit).query(RunStore::progress).list();
    }

    private static RunProgress progress(ResultSet rs, int row) throws SQLException {
        return new RunProgress(rs.getLong(1), RunKind.valueOf(rs.getString(2)), RunStatus.valueOf(rs.getString(3)),
                rs.getLong(4), rs.getInt(5), rs.getLong(6), rs.getLong(7), instant(rs.getTimestamp(8)),
                instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)), rs.getString(11), rs.getString(12));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
