package cn.gov.amr.credit.classification.infrastructure;

import cn.gov.amr.credit.classification.model.ModelStatus;
import cn.gov.amr.credit.classification.model.ModelSummary;
import cn.gov.amr.credit.classification.model.ModelDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code classification.models} table: every version kept, at most one active. */
@Repository
public class ModelStore {

    private static final String COLUMNS = "id, version, name, status, definition::text, created_at, created_by,"
            + " activated_at, activated_by";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ModelStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Locks the versions until the transaction ends (one writer at a time). */
    public void lock() {
        jdbc.sql("lock table classification.models in share row exclusive mode").update();
    }

    /** Inserts the next version; its id and version. */
    public ModelSummary insert(ModelDefinition definition, ModelStatus status, String by, Instant at) {
        lock();
        long id = jdbc.sql("""
                        insert into classification.models (version, name, status, definition, created_at, created_by,
                            activated_at, activated_by)
                        select coalesce(max(version), 0) + 1, ?, ?, cast(? as jsonb), ?, ?, ?, ? from classification.models
                        returning id""")
                .params(definition.name(), status.name(), json.writeValueAsString(definition), Timestamp.from(at), by,
                        status == ModelStatus.ACTIVE ? Timestamp.from(at) : null, status == ModelStatus.ACTIVE ? by : null)
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    public Optional<ModelSummary> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from classification.models where id = ?").param(id)
                .query(this::summary).optional();
    }

    public Optional<ModelSummary> active() {
        return jdbc.sql("select " + COLUMNS + " from classification.models where status = 'ACTIVE'")
                .query(this::summary).optional();
    }

    public Optional<Long> activeId() {
        return jdbc.sql("select id from classification.models where status = 'ACTIVE'").query(Long.class).optional();
    }

    public List<ModelSummary> all() {
        return jdbc.sql("select " + COLUMNS + " from classification.models order by version desc").query(this::summary).list();
    }

    /** Retires the active model and activates {@code id}; false if {@code id} is no draft. */
    public boolean activate(long id, String by, Instant at) {
        lock();
        boolean draft = jdbc.sql("select status = 'DRAFT' from classification.models where id = ?").param(id)
                .query(Boolean.class).optional().orElse(false);
        if (!draft) {
            return false;
        }
        jdbc.sql("update classification.models set status = 'RETIRED' where status = 'ACTIVE'").update();
        jdbc.sql("update classification.models set status = 'ACTIVE', activated_at = ?, activated_by = ? where id = ?")
                .params(Timestamp.from(at), by, id).update();
        return true;
    }

    private ModelSummary summary(ResultSet rs, int row) throws SQLException {
        var activatedAt = rs.getTimestamp(8);
        return new ModelSummary(rs.getLong(1), rs.getInt(2), rs.getString(3), ModelStatus.valueOf(rs.getString(4)),
                json.readValue(rs.getString(5), ModelDefinition.class), rs.getTimestamp(6).toInstant(), rs.getString(7),
                activatedAt == null ? null : activatedAt.toInstant(), rs.getString(9));
    }
}
