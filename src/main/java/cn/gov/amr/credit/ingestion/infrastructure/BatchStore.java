package cn.gov.amr.credit.ingestion.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.gov.amr.credit.ingestion.Batch;
import cn.gov.amr.credit.ingestion.BatchChannel;
import cn.gov.amr.credit.ingestion.BatchStatus;
import cn.gov.amr.credit.ingestion.BatchWarning;
import cn.gov.amr.credit.ingestion.RecordKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ingestion.batches} and {@code ingestion.batch_files} tables: the queue and its progress. */
@Repository
public class BatchStore {

    /** Advisory-lock class of a batch being processed (held by the worker's transaction). */
    public static final int BATCH_LOCK = 4104;
    /** Advisory-lock class of a department whose records are being applied. */
    public static final int DEPARTMENT_LOCK = 4105;

    private static final String SELECT = """
            select b.*, d.name as department_name from ingestion.batches b
            join ingestion.departments d on d.id = b.department_id""";

    /** What a new batch is. */
    public record NewBatch(long departmentId, RecordKind kind, BatchChannel channel, String fileName, String format,
                           String encoding, byte[] content, Instant at, String by, Long corrects) {
    }

    /** What a finished batch counted. */
    public record Counts(int rows, int accepted, int duplicates, int superseded, int quarantined, int flagged,
                         int unmatched) {
    }

    private final JdbcClient jdbc;

    BatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewBatch batch) {
        long id = jdbc.sql("""
                        insert into ingestion.batches (department_id, kind, channel, file_name, format, encoding, byte_size,
                            status, submitted_at, submitted_by, updated_at, corrects)
                        values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?) returning id""")
                .params(batch.departmentId(), batch.kind().name(), batch.channel().name(), batch.fileName(),
                        batch.format(), batch.encoding(), batch.content().length, Timestamp.from(batch.at()), batch.by(),
                        Timestamp.from(batch.at()), batch.corrects())
                .query(Long.class).single();
        jdbc.sql("insert into ingestion.batch_files (batch_id, content) values (?, ?)").params(id, batch.content())
                .update();
        return id;
    }

    public Optional<Batch> find(long id) {
        return jdbc.sql(SELECT + " where b.id = ?").param(id).query(BatchStore::map).optional();
    }

    public List<Batch> list(Long departmentId, BatchStatus status, long offset, int limit) {
        return jdbc.sql(SELECT + """
                         where (cast(? as bigint) is null or b.department_id = ?) and (cast(? as text) is null or b.status = ?)
                        order by b.id desc offset ? limit ?""")
                .params(departmentId, departmentId, status == null ? null : status.name(),
                        status == null ? null : status.name(), offset, limit)
                .query(BatchStore::map).list();
    }

    public long count(Long departmentId, BatchStatus status) {
        return jdbc.sql("""
                        select count(*) from ingestion.batches b
                        where (cast(? as bigint) is null or b.department_id = ?) and (cast(? as text) is null or b.status = ?)""")
                .params(departmentId, departmentId, status == null ? null : status.name(),
                        status == null ? null : status.name())
                .query(Long.class).single();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from ingestion.batch_files where batch_id = ?").param(id).query(byte[].class)
                .single();
    }

    /**
     * Takes the oldest queued batch of a department that has no batch running and no older batch
     * queued, and marks it RUNNING: departments' batches run in the order they arrived, different
     * departments' side by side.
     */
    public Optional<Long> claimNext(Instant now) {
        return jdbc.sql("""
                        update ingestion.batches set status = 'RUNNING', attempts = attempts + 1, started_at = ?,
                            updated_at = ?, progress = 0, rows = 0, quarantined = 0
                        where id = (select b.id from ingestion.batches b
                                    where b.status = 'QUEUED'
                                      and not exists (select 1 from ingestion.batches o
                                                      where o.department_id = b.department_id
                                                        and (o.status = 'RUNNING' or (o.status = 'QUEUED' and o.id < b.id)))
                                    order by b.id for update skip locked limit 1)
                        returning id""")
                .params(Timestamp.from(now), Timestamp.from(now)).query(Long.class).optional();
    }

    /**
     * Holds the batch's lock until the current transaction ends (recovery leaves such batches alone);
     * false when, by the time the lock is held, the batch is no longer this worker's claim (recovered and
     * run elsewhere after a long pause between claim and lock).
     */
    public boolean lockForProcessing(long id, int attempt) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(BATCH_LOCK, (int) id).query(Object.class).single();
        return jdbc.sql("select count(*) from ingestion.batches where id = ? and status = 'RUNNING' and attempts = ?")
                .params(id, attempt).query(Integer.class).single() == 1;
    }

    public void lockDepartment(long departmentId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(DEPARTMENT_LOCK, (int) departmentId)
                .query(Object.class).single();
    }

    public void progress(long id, int rows, int quarantined, double progress, Instant now) {
        jdbc.sql("update ingestion.batches set rows = ?, quarantined = ?, progress = ?, updated_at = ?"
                        + " where id = ? and status = 'RUNNING'")
                .params(rows, quarantined, progress, Timestamp.from(now), id).update();
    }

    /** Marks the batch COMPLETED with its counts and what its sender should know ({@code warning}, or null). */
    public void complete(long id, Counts counts, BatchWarning warning, Instant now) {
        jdbc.sql("""
                        update ingestion.batches set status = 'COMPLETED', rows = ?, accepted = ?, duplicates = ?,
                            superseded = ?, quarantined = ?, flagged = ?, unmatched = ?, progress = 1,
                            failure_code = null, warning_code = ?, finished_at = ?, updated_at = ?
                        where id = ?""")
                .params(counts.rows(), counts.accepted(), counts.duplicates(), counts.superseded(),
                        counts.quarantined(), counts.flagged(), counts.unmatched(),
                        warning == null ? null : warning.name(), Timestamp.from(now), Timestamp.from(now), id)
                .update();
    }

    public void fail(long id, String code, Instant now) {
        jdbc.sql("""
                        update ingestion.batches set status = 'FAILED', failure_code = ?, accepted = 0, duplicates = 0,
                            superseded = 0, flagged = 0, warning_code = null, finished_at = ?, updated_at = ?
                        where id = ? and status = 'RUNNING'""")
                .params(code, Timestamp.from(now), Timestamp.from(now), id).update();
    }

    /**
     * RUNNING batches whose worker is gone (its lock is free) and that have not moved for
     * {@code staleAfter}: queued again, or FAILED (INTERRUPTED) after {@code maxAttempts}.
     */
    public int recoverInterrupted(Duration staleAfter, int maxAttempts, Instant now) {
        return jdbc.sql("""
                        update ingestion.batches set
                            status = case when attempts >= ? then 'FAILED' else 'QUEUED' end,
                            failure_code = case when attempts >= ? then 'INTERRUPTED' else null end,
                            finished_at = case when attempts >= ? then cast(? as timestamptz) end, updated_at = ?
                        where status = 'RUNNING' and updated_at < ? and pg_try_advisory_xact_lock(?, id::int)""")
                .params(maxAttempts, maxAttempts, maxAttempts, Timestamp.from(now), Timestamp.from(now),
                        Timestamp.from(now.minus(staleAfter)), BATCH_LOCK)
                .update();
    }

    /** A FAILED batch is queued again (its file is kept). */
    public boolean retry(long id, Instant now) {
        return jdbc.sql("""
                        update ingestion.batches set status = 'QUEUED', attempts = 0, failure_code = null,
                            finished_at = null, progress = 0, updated_at = ?
                        where id = ? and status = 'FAILED'""")
                .params(Timestamp.from(now), id).update() == 1;
    }

    /** Batches not yet COMPLETED or FAILED (queued or running). */
    public long countUnfinished() {
        return jdbc.sql("select count(*) from ingestion.batches where status in ('QUEUED', 'RUNNING')")
                .query(Long.class).single();
    }

    private static Batch map(ResultSet rs, int row) throws SQLException {
        return new Batch(rs.getLong("id"), rs.getLong("department_id"), rs.getString("department_name"),
                RecordKind.valueOf(rs.getString("kind")), BatchChannel.valueOf(rs.getString("channel")),
                rs.getString("file_name"), rs.getString("format"), rs.getString("encoding"), rs.getLong("byte_size"),
                BatchStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getInt("rows"),
                rs.getInt("accepted"), rs.getInt("duplicates"), rs.getInt("superseded"), rs.getInt("quarantined"),
                rs.getInt("flagged"), rs.getInt("unmatched"), rs.getDouble("progress"), rs.getString("failure_code"),
                rs.getString("warning_code") == null ? null : BatchWarning.valueOf(rs.getString("warning_code")),
                instant(rs, "submitted_at"), rs.getString("submitted_by"), instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
