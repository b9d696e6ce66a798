package cn.gov.amr.credit.ingestion.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.ingestion.CreditRecord;
import cn.gov.amr.credit.ingestion.EntityCreditRecord;
import cn.gov.amr.credit.ingestion.RecordFact;
import cn.gov.amr.credit.ingestion.RecordKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads of {@code ingestion.records} for credit files and flags. */
@Repository
public class RecordQueries {

    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final JsonMapper json;

    RecordQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Current versions of an entity's records, newest decision first (unmasked: callers mask). */
    public List<CreditRecord> currentOf(String entityCode) {
        return jdbc.sql("""
                        select r.id, r.kind, r.natural_key, r.department_id, d.name as department, r.batch_id, r.received_at,
                            r.version, r.decided_on, r.valid_until, r.flagged, r.payload
                        from ingestion.records r join ingestion.departments d on d.id = r.department_id
                        where r.entity_code = ? and r.current
                        order by r.decided_on desc nulls last, r.id desc""")
                .param(entityCode).query(this::record).list();
    }

    /**
     * The current records of the given kinds of every entity, ordered by entity code (a cursor: rows
     * stream; the caller closes the stream inside its transaction; unmasked: callers mask).
     */
    public java.util.stream.Stream<EntityCreditRecord> streamCurrent(Collection<RecordKind> kinds) {
        return jdbc.sql("""
                        select r.entity_code, r.id, r.kind, r.natural_key, r.department_id, d.name as department, r.batch_id,
                            r.received_at, r.version, r.decided_on, r.valid_until, r.flagged, r.payload
                        from ingestion.records r join ingestion.departments d on d.id = r.department_id
                        where r.current and r.kind = any(?)
                        order by r.entity_code collate "C", r.decided_on desc nulls last, r.id desc""")
                .withFetchSize(2000)
                .param(kinds.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, n) -> new EntityCreditRecord(rs.getString("entity_code"), record(rs, n))).stream();
    }

    /** Every version of one record identity, newest first. */
    public List<CreditRecord> versionsOf(long recordId, String entityCode) {
        return jdbc.sql("""
                        select r.id, r.kind, r.natural_key, r.department_id, d.name as department, r.batch_id, r.received_at,
                            r.version, r.decided_on, r.valid_until, r.flagged, r.payload
                        from ingestion.records o
                        join ingestion.records r on r.department_id = o.department_id and r.kind = o.kind
                            and r.natural_key = o.natural_key and r.entity_code = o.entity_code
                        join ingestion.departments d on d.id = r.department_id
                        where o.id = ? and o.entity_code = ? order by r.version desc""")
                .params(recordId, entityCode).query(this::record).list();
    }

    /**
     * The codes of the entities holding a current record of the kind with this natural key (e.g. an annual
     * report for a year), each once, in "C" order (the registry's stream order): a cursor for the caller's
     * transaction.
     */
    public java.util.stream.Stream<String> streamEntityCodes(RecordKind kind, String naturalKey) {
        return jdbc.sql("select distinct entity_code collate \"C\" as c from ingestion.records"
                        + " where current and kind = ? and natural_key = ? order by c")
                .withFetchSize(5000).params(kind.name(), naturalKey).query(String.class).stream();
    }

    /** Whether any current record of the kind has this natural key (e.g. any annual report for a year). */
    public boolean anyWithKey(RecordKind kind, String naturalKey) {
        return jdbc.sql("select exists (select 1 from ingestion.records where current and kind = ? and natural_key = ?)")
                .params(kind.name(), naturalKey).query(Boolean.class).single();
    }

    public String entityOf(long recordId) {
        return jdbc.sql("select entity_code from ingestion.records where id = ?").param(recordId).query(String.class)
                .optional().orElse(null);
    }

    /** Facts of the current records of the given kinds for the given entities (index lookups per entity). */
    public List<RecordFact> facts(Collection<String> entityCodes, Collection<RecordKind> kinds) {
        return current(entityCodes, kinds, "", (rs, n) -> new RecordFact(rs.getString(1),
                RecordKind.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, java.time.LocalDate.class),
                rs.getObject(5, java.time.LocalDate.class)));
    }

    /** The current records of the given kinds of the given entities with their stored values (unmasked: callers mask). */
    public List<RuleRow> forRules(Collection<String> entityCodes, Collection<RecordKind> kinds) {
        return current(entityCodes, kinds, ", r.payload", (rs, n) -> new RuleRow(rs.getString(1),
                RecordKind.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, java.time.LocalDate.class),
                rs.getObject(5, java.time.LocalDate.class), json.readValue(rs.getString(6), FIELDS)));
    }

    /**
     * The current records of the given kinds of the given entities: entity code, kind, natural key, decided
     * on and valid until, then {@code moreColumns} (the payload for rules; facts leave it out, it is large).
     */
    private <T> List<T> current(Collection<String> entityCodes, Collection<RecordKind> kinds, String moreColumns,
                                RowMapper<T> mapper) {
        return jdbc.sql("select r.entity_code, r.kind, r.natural_key, r.decided_on, r.valid_until" + moreColumns
                        + " from unnest(cast(? as text[])) as c(code)"
                        + " join ingestion.records r on r.entity_code = c.code"
                        + " where r.current and r.kind = any(?)")
                .params(entityCodes.toArray(String[]::new), kinds.stream().map(Enum::name).toArray(String[]::new))
                .query(mapper).list();
    }

    /**
     * Every entity's current records of {@code kinds} with the named fields only, by entity code (byte order).
     * Each field is read from the payload only for the rows of its kind ({@code case when kind = …}): reading
     * every named field of every row cost four times as much on the demo city.
     */
    public java.util.stream.Stream<RuleRow> streamForRules(Collection<RecordKind> kinds,
                                                           Map<RecordKind, ? extends Collection<String>> fields) {
        var columns = new java.util.ArrayList<Map.Entry<RecordKind, String>>();
        fields.forEach((kind, names) -> names.stream().distinct().sorted().forEach(n -> columns.add(Map.entry(kind, n))));
        var sql = new StringBuilder("select r.entity_code, r.kind, r.natural_key, r.decided_on, r.valid_until");
        var params = new java.util.ArrayList<Object>();
        for (var column : columns) {
            sql.append(", case when r.kind = ? then r.payload ->> ? end");
            params.add(column.getKey().name());
            params.add(column.getValue());
        }
        sql.append(" from ingestion.records r where r.current and r.kind = any(?) order by r.entity_code collate \"C\"");
        params.add(kinds.stream().map(Enum::name).toArray(String[]::new));
        return jdbc.sql(sql.toString()).withFetchSize(5000).params(params).query((rs, n) -> {
            var kind = RecordKind.valueOf(rs.getString(2));
            Map<String, String> values = Map.of();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).getKey() == kind) {
                    String value = rs.getString(6 + i);
                    if (value != null) {
                        if (values.isEmpty()) {
                            values = new java.util.HashMap<>();
                        }
                        values.put(columns.get(i).getValue(), value);
                    }
                }
            }
            return new RuleRow(rs.getString(1), kind, rs.getString(3), rs.getObject(4, java.time.LocalDate.class),
                    rs.getObject(5, java.time.LocalDate.class), values);
        }).stream();
    }

    /** A current record with its stored values, for {@link #forRules}. */
    public record RuleRow(String entityCode, RecordKind kind, String naturalKey, java.time.LocalDate decidedOn,
                          java.time.LocalDate validUntil, Map<String, String> fields) {
    }

    private CreditRecord record(ResultSet rs, int n) throws SQLException {
        Map<String, String> fields = json.readValue(rs.getString("payload"), FIELDS);
        return new CreditRecord(rs.getLong("id"), RecordKind.valueOf(rs.getString("kind")), rs.getString("natural_key"),
                rs.getLong("department_id"), rs.getString("department"), rs.getLong("batch_id"),
                rs.getTimestamp("received_at").toInstant(), rs.getInt("version"),
                rs.getObject("decided_on", java.time.LocalDate.class), rs.getObject("valid_until", java.time.LocalDate.class),
                rs.getBoolean("flagged"), fields);
    }
}
