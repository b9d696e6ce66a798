package cn.gov.amr.credit.ingestion.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.amr.credit.ingestion.DepartmentKind;
import cn.gov.amr.credit.ingestion.RecordKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code ingestion.departments} table. */
@Repository
public class DepartmentStore {

    /** A stored department, with the id of its current key in identity. */
    public record Row(long id, String code, String name, DepartmentKind kind, Set<RecordKind> recordKinds,
                      Map<RecordKind, Map<String, String>> headerMapping, Long apiKeyId, Instant createdAt,
                      String createdBy, int version) {
    }

    private static final TypeReference<Map<String, Map<String, String>>> MAPPING = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final JsonMapper json;

    DepartmentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts; empty when the code is taken. */
    public Optional<Long> insert(String code, String name, DepartmentKind kind, Set<RecordKind> kinds,
                                 Map<RecordKind, Map<String, String>> mapping, Instant at, String by) {
        return jdbc.sql("""
                        insert into ingestion.departments (code, name, kind, record_kinds, header_mapping, created_at,
                            created_by, updated_at)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) on conflict (code) do nothing returning id""")
                .params(code, name, kind.name(), names(kinds), json.writeValueAsString(mapping), Timestamp.from(at), by,
                        Timestamp.from(at))
                .query(Long.class).optional();
    }

    public boolean update(long id, int expectedVersion, String name, DepartmentKind kind, Set<RecordKind> kinds,
                          Map<RecordKind, Map<String, String>> mapping, Instant at) {
        return jdbc.sql("""
                        update ingestion.departments set name = ?, kind = ?, record_kinds = ?,
                            header_mapping = cast(? as jsonb), updated_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(name, kind.name(), names(kinds), json.writeValueAsString(mapping), Timestamp.from(at), id,
                        expectedVersion)
                .update() == 1;
    }

    public void setApiKey(long id, long apiKeyId) {
        jdbc.sql("update ingestion.departments set api_key_id = ? where id = ?").params(apiKeyId, id).update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from ingestion.departments where id = ?").param(id).query(this::map).optional();
    }

    public Optional<Row> findByCode(String code) {
        return jdbc.sql("select * from ingestion.departments where code = ?").param(code).query(this::map).optional();
    }

    public List<Row> all() {
        return jdbc.sql("select * from ingestion.departments order by name, id").query(this::map).list();
    }

    private static String[] names(Set<RecordKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    private Row map(ResultSet rs, int row) throws SQLException {
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        Arrays.stream((String[]) rs.getArray("record_kinds").getArray()).map(RecordKind::valueOf).forEach(kinds::add);
        Map<RecordKind, Map<String, String>> mapping = new EnumMap<>(RecordKind.class);
        json.readValue(rs.getString("header_mapping"), MAPPING).forEach((k, v) -> mapping.put(RecordKind.valueOf(k), v));
        long keyId = rs.getLong("api_key_id");
        return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                DepartmentKind.valueOf(rs.getString("kind")), kinds, mapping, rs.wasNull() ? null : keyId,
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getInt("version"));
    }
}
