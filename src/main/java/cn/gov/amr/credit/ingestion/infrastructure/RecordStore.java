package cn.gov.amr.credit.ingestion.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.platform.CopyCsv;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes records set-based: valid rows of a batch are copied into a temporary staging table, then
 * one pass closes the versions that changed and inserts new records and new versions; unchanged
 * resends are only counted. Must run inside the batch's transaction.
 */
@Repository
public class RecordStore {

    /** What applying a batch did. */
    public record Applied(int accepted, int duplicates, int flagged, List<String> entityCodes) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    RecordStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A fresh staging table for this transaction. */
    public void createStage() {
        jdbc.sql("""
                create temporary table if not exists ingestion_stage (
                    row_number int, natural_key text, entity_code text, payload text, payload_hash text,
                    decided_on date, valid_until date, flagged boolean,
                    existing_id bigint, existing_version int, unchanged boolean) on commit drop""").update();
        jdbc.sql("truncate ingestion_stage").update();
    }

    /** Rows: row number, natural key, entity code, payload JSON, payload hash, decided on, valid until, flagged. */
    public void stage(CopyCsv rows) {
        rows.copyIn(dataSource, "copy ingestion_stage (row_number, natural_key, entity_code, payload, payload_hash,"
                + " decided_on, valid_until, flagged) from stdin (format csv)");
    }

    /**
     * Moves the staged rows into the records: new records, new versions of changed ones; unchanged
     * ones are counted. A row whose record already has a version from a later batch (an old batch run
     * again after a newer one was applied) changes nothing either: the newest sending wins.
     */
    public Applied apply(long batchId, long departmentId, RecordKind kind, Instant receivedAt) {
        jdbc.sql("analyze ingestion_stage").update();
        jdbc.sql("""
                        update ingestion_stage s set existing_id = r.id, existing_version = r.version,
                            unchanged = (r.payload_hash = s.payload_hash or r.batch_id > ?)
                        from ingestion.records r
                        where r.current and r.department_id = ? and r.kind = ? and r.natural_key = s.natural_key
                          and r.entity_code = s.entity_code""")
                .params(batchId, departmentId, kind.name()).update();
        jdbc.sql("""
                update ingestion.records r set current = false
                from ingestion_stage s where s.existing_id = r.id and not s.unchanged""").update();
        int accepted = jdbc.sql("""
                        insert into ingestion.records (department_id, kind, natural_key, entity_code, version, current,
                            decided_on, valid_until, payload, payload_hash, flagged, batch_id, row_number, received_at)
                        select ?, ?, natural_key, entity_code, coalesce(existing_version, 0) + 1, true, decided_on,
                            valid_until, cast(payload as jsonb), payload_hash, flagged, ?, row_number, ?
                        from ingestion_stage where unchanged is not true""")
                .params(departmentId, kind.name(), batchId, Timestamp.from(receivedAt)).update();
        var counts = jdbc.sql("""
                        select count(*) filter (where unchanged), count(*) filter (where unchanged is not true and flagged)
                        from ingestion_stage""")
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        List<String> codes = jdbc.sql("select distinct entity_code from ingestion_stage where unchanged is not true")
                .query(String.class).list();
        return new Applied(accepted, counts[0], counts[1], codes);
    }
}
