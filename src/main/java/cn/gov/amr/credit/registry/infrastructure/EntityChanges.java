package cn.gov.amr.credit.registry.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.registry.model.EntityChange;
import cn.gov.amr.credit.registry.model.FieldChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code registry.entity_changes} table: one row per version, newest first when read. */
@Repository
public class EntityChanges {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EntityChanges(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(String code, int version, Instant at, String by, EntityChange.Kind kind, List<FieldChange> changes) {
        jdbc.sql("""
                        insert into registry.entity_changes (entity_code, version, changed_at, changed_by, change_kind, changes)
                        values (?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(code, version, Timestamp.from(at), by, kind.name(), json.writeValueAsString(changes))
                .update();
    }

    public List<EntityChange> history(String code) {
        return jdbc.sql("""
                        select version, changed_at, changed_by, change_kind, changes::text as changes
                        from registry.entity_changes where entity_code = ? order by version desc""")
                .param(code)
                .query((rs, n) -> new EntityChange(rs.getInt("version"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"), EntityChange.Kind.valueOf(rs.getString("change_kind")),
                        parse(rs.getString("changes"))))
                .list();
    }

    private List<FieldChange> parse(String text) {
        var result = new ArrayList<FieldChange>();
        json.readTree(text).forEach(node -> result.add(new FieldChange(node.get("field").asString(),
                node.hasNonNull("before") ? node.get("before").asString() : null,
                node.hasNonNull("after") ? node.get("after").asString() : null)));
        return result;
    }
}
