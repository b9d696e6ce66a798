package cn.gov.amr.credit.ingestion.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import cn.gov.amr.credit.ingestion.application.RowError;
import cn.gov.amr.credit.ingestion.model.RowProblem;
import cn.gov.amr.credit.platform.CopyCsv;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import cn.gov.amr.credit.ingestion.application.QuarantineStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code ingestion.quarantine} table: rows not accepted, with the values as sent and the reasons. */
@Repository
public class QuarantineStore {

    /** A quarantined row as stored. */
    public record Row(long id, long batchId, int rowNumber, Map<String, String> rawValues, List<RowProblem> problems,
                      QuarantineStatus status, Long resolvedBatchId) {
    }

    /** A row to quarantine. */
    public record NewRow(int rowNumber, Map<String, String> rawValues, List<RowProblem> problems) {
    }

    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> PROBLEMS = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;

    QuarantineStore(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Copies the rows in (inside the batch's transaction). */
    public void insert(long batchId, List<NewRow> rows) {
        var copy = new CopyCsv(rows.size());
        for (NewRow row : rows) {
            copy.row(Long.toString(batchId), Integer.toString(row.rowNumber()), json.writeValueAsString(row.rawValues()),
                    json.writeValueAsString(row.problems()));
        }
        copy.copyIn(dataSource, "copy ingestion.quarantine (batch_id, row_number, raw_values, problems)"
                + " from stdin (format csv)");
    }

    /** The batch's errors, one per problem, in row order. */
    public List<RowError> errors(long batchId, long offset, int limit) {
        return jdbc.sql("""
                        select q.id, q.row_number, p.value as problem
                        from ingestion.quarantine q, jsonb_array_elements(q.problems) with ordinality p
                        where q.batch_id = ? order by q.row_number, q.id, p.ordinality offset ? limit ?""")
                .params(batchId, offset, limit)
                .query((rs, n) -> {
                    Map<String, Object> problem = json.readValue(rs.getString("problem"), Map.class);
                    @SuppressWarnings("unchecked")
                    List<Object> arguments = (List<Object>) problem.getOrDefault("arguments", List.of());
                    return new RowError(rs.getLong("id"), rs.getInt("row_number"), (String) problem.get("field"),
                            (String) problem.get("code"), arguments);
                }).list();
    }

    public int errorCount(long batchId) {
        return jdbc.sql("select coalesce(sum(jsonb_array_length(problems)), 0) from ingestion.quarantine where batch_id = ?")
                .param(batchId).query(Integer.class).single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from ingestion.quarantine where id = ?").param(id).query(this::map).optional();
    }

    public List<Row> ofBatch(long batchId, long offset, int limit) {
        return jdbc.sql("select * from ingestion.quarantine where batch_id = ? order by row_number, id offset ? limit ?")
                .params(batchId, offset, limit).query(this::map).list();
    }

    public long countOfBatch(long batchId) {
        return jdbc.sql("select count(*) from ingestion.quarantine where batch_id = ?").param(batchId)
                .query(Long.class).single();
    }

    public boolean resolve(long id, QuarantineStatus status, Long batchId, Instant at, String by) {
        return jdbc.sql("""
                        update ingestion.quarantine set status = ?, resolved_batch_id = ?, resolved_at = ?, resolved_by = ?
                        where id = ? and status = 'OPEN'""")
                .params(status.name(), batchId, Timestamp.from(at), by, id).update() == 1;
    }

    private Row map(ResultSet rs, int n) throws SQLException {
        var problems = new ArrayList<RowProblem>();
        for (Map<String, Object> p : json.readValue(rs.getString("problems"), PROBLEMS)) {
            @SuppressWarnings("unchecked")
            List<Object> arguments = (List<Object>) p.getOrDefault("arguments", List.of());
            problems.add(new RowProblem((String) p.get("field"), (String) p.get("code"), arguments));
        }
        long resolved = rs.getLong("resolved_batch_id");
        return new Row(rs.getLong("id"), rs.getLong("batch_id"), rs.getInt("row_number"),
                json.readValue(rs.getString("raw_values"), VALUES), problems, QuarantineStatus.valueOf(rs.getString("status")),
                rs.wasNull() ? null : resolved);
    }
}
