package cn.gov.amr.credit.disclosure.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code disclosure.bulk_files} table and the file's content in {@code bulk_file_parts}. */
@Repository
public class BulkFileStore {

    /** Content is stored in parts of this size (bytes). */
    static final int PART_BYTES = 4 * 1024 * 1024;
    /** Key of the advisory lock held while a bulk file is written (one writer across instances). */
    private static final int WRITE_LOCK = 4107;

    private final JdbcClient jdbc;

    BulkFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(LocalDate day, String fileName, Instant generatedAt, long sizeBytes, String sha256,
                      long feedCursor, long entities, long records) {
    }

    /** Takes the writers' lock for the current transaction; false if another writer holds it. */
    public boolean tryLock() {
        return jdbc.sql("select pg_try_advisory_xact_lock(?, 0)").param(WRITE_LOCK).query(Boolean.class).single();
    }

    public Optional<Row> find(LocalDate day) {
        return jdbc.sql("select day, file_name, generated_at, size_bytes, sha256, feed_cursor, entities, records"
                + " from disclosure.bulk_files where day = ?").param(day).query(BulkFileStore::row).optional();
    }

    public List<Row> all() {
        return jdbc.sql("select day, file_name, generated_at, size_bytes, sha256, feed_cursor, entities, records"
                + " from disclosure.bulk_files order by day desc").query(BulkFileStore::row).list();
    }

    /** Stores a file (replacing one of the same day), its content read from {@code content} in parts. */
    public void replace(Row row, InputStream content) {
        jdbc.sql("delete from disclosure.bulk_files where day = ?").param(row.day()).update();
        jdbc.sql("""
                        insert into disclosure.bulk_files (day, file_name, generated_at, size_bytes, sha256, feed_cursor,
                            entities, records) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.day(), row.fileName(), Timestamp.from(row.generatedAt()), row.sizeBytes(), row.sha256(),
                        row.feedCursor(), row.entities(), row.records())
                .update();
        try {
            int part = 0;
            for (byte[] data = content.readNBytes(PART_BYTES); data.length > 0; data = content.readNBytes(PART_BYTES)) {
                jdbc.sql("insert into disclosure.bulk_file_parts (day, part, data) values (?, ?, ?)")
                        .params(row.day(), part++, data).update();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the files of days before {@code day}. */
    public int deleteBefore(LocalDate day) {
        return jdbc.sql("delete from disclosure.bulk_files where day < ?").param(day).update();
    }

    /**
     * One part of a file's content, only if the file is still the one with {@code sha256} (empty once it
     * was written again or deleted). Each part is its own short query: no connection is held while the
     * part travels to a client.
     */
    public Optional<byte[]> part(LocalDate day, int part, String sha256) {
        return jdbc.sql("""
                        select p.data from disclosure.bulk_file_parts p join disclosure.bulk_files f on f.day = p.day
                        where p.day = ? and p.part = ? and f.sha256 = ?""")
                .params(day, part, sha256).query(byte[].class).optional();
    }

    /** How many parts a file of {@code sizeBytes} has. */
    public static int partsOf(long sizeBytes) {
        return (int) ((sizeBytes + PART_BYTES - 1) / PART_BYTES);
    }

    /** The last change in the feed visible to the current transaction (0 if none). */
    public long feedHead() {
        return jdbc.sql("select coalesce(max(seq), 0) from disclosure.changes").query(Long.class).single();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getLong(4),
                rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8));
    }
}
