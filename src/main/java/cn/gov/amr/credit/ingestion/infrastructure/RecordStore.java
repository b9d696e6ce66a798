package cn.gov.amr.credit.ingestion.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.platform.CopyCsv;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes records chunk by chunk inside the batch's transaction: finds the current versions of a
 * chunk's record identities (one query), closes the versions that change, and copies new records
 * and new versions in with {@code COPY}. Nothing is visible before the batch commits.
 */
@Repository
public class RecordStore {

    /** The current version of a record identity. */
    public record Current(long id, int version, String payloadHash, long batchId) {
    }

    /** A record to copy in. */
    public record Row(int rowNumber, String naturalKey, String entityCode, int version, String decidedOn,
                      String validUntil, String payload, String payloadHash, boolean flagged) {
    }

    private static final String COPY = "copy ingestion.records (department_id, kind, natural_key, entity_code, version,"
            + " current, decided_on, valid_until, payload, payload_hash, flagged, batch_id, row_number, received_at)"
            + " from stdin (format csv)";
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    RecordStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Whether the department has any current record of the kind (if not, nothing can be a new version). */
    public boolean anyCurrent(long departmentId, RecordKind kind) {
        // records exist exactly when a completed batch of the department and kind accepted some
        return jdbc.sql("""
                        select exists (select 1 from ingestion.batches
                                       where department_id = ? and kind = ? and status = 'COMPLETED' and accepted > 0)""")
                .params(departmentId, kind.name()).query(Boolean.class).single();
    }

    /** Current versions of these identities (natural key and entity code, pairwise), by "key U+0001 code". */
    public Map<String, Current> current(long departmentId, RecordKind kind, List<String> naturalKeys,
                                        List<String> entityCodes) {
        var result = new HashMap<String, Current>();
        jdbc.sql("""
                        select r.natural_key, r.entity_code, r.id, r.version, r.payload_hash, r.batch_id
                        from unnest(cast(? as text[]), cast(? as text[])) as k(natural_key, entity_code)
                        join ingestion.records r on r.department_id = ? and r.kind = ? and r.current
                            and r.natural_key = k.natural_key and r.entity_code = k.entity_code""")
                .params(naturalKeys.toArray(String[]::new), entityCodes.toArray(String[]::new), departmentId,
                        kind.name())
                .query(rs -> {
                    result.put(rs.getString(1) + '\u0001' + rs.getString(2),
                            new Current(rs.getLong(3), rs.getInt(4), rs.getString(5), rs.getLong(6)));
                });
        return result;
    }

    /** Marks versions as no longer current (before their successors are inserted). */
    public void close(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update ingestion.records set current = false where id = any(?)")
                    .param(ids.toArray(Long[]::new)).update();
        }
    }

    /** Copies records in as current versions of a batch. */
    public void insert(long departmentId, RecordKind kind, long batchId, Instant receivedAt, List<Row> rows) {
        var copy = new CopyCsv(rows.size());
        String department = Long.toString(departmentId);
        String batch = Long.toString(batchId);
        String received = Timestamp.from(receivedAt).toInstant().toString();
        for (Row row : rows) {
            copy.row(department, kind.name(), row.naturalKey(), row.entityCode(), Integer.toString(row.version()),
                    "true", row.decidedOn(), row.validUntil(), row.payload(), row.payloadHash(),
                    Boolean.toString(row.flagged()), batch, Integer.toString(row.rowNumber()), received);
        }
        copy.copyIn(dataSource, COPY);
    }
}
