package cn.gov.amr.credit.disclosure.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.gov.amr.credit.disclosure.Objection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code disclosure.objections} table. */
@Repository
public class ObjectionStore {

    private final JdbcClient jdbc;

    ObjectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String entityCode, String recordKind, String documentNumber, String reason, String contact,
                       Instant at) {
        return jdbc.sql("""
                        insert into disclosure.objections (entity_code, record_kind, document_number, reason, contact,
                            raised_at) values (?, ?, ?, ?, ?, ?) returning id""")
                .params(entityCode, recordKind, documentNumber, reason, contact, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<Objection> find(long id) {
        return jdbc.sql("select * from disclosure.objections where id = ?").param(id).query(ObjectionStore::map)
                .optional();
    }

    public List<Objection> byStatus(Objection.Status status, long offset, int limit) {
        return jdbc.sql("select * from disclosure.objections where status = ? order by id offset ? limit ?")
                .params(status.name(), offset, limit).query(ObjectionStore::map).list();
    }

    /** Document numbers of the entity's records under an open objection (null: the entity as a whole). */
    public List<String> openDocuments(String entityCode) {
        return jdbc.sql("select coalesce(document_number, '') from disclosure.objections"
                        + " where entity_code = ? and status = 'OPEN'")
                .param(entityCode).query(String.class).list();
    }

    public boolean answer(long id, Objection.Status status, String answer, Instant at, String by) {
        return jdbc.sql("""
                        update disclosure.objections set status = ?, answer = ?, answered_at = ?, answered_by = ?
                        where id = ? and status = 'OPEN'""")
                .params(status.name(), answer, Timestamp.from(at), by, id).update() == 1;
    }

    private static Objection map(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Objection(rs.getLong("id"), rs.getString("entity_code"), rs.getString("record_kind"),
                rs.getString("document_number"), rs.getString("reason"), rs.getString("contact"),
                Objection.Status.valueOf(rs.getString("status")), rs.getString("answer"),
                rs.getTimestamp("raised_at").toInstant(), answered == null ? null : answered.toInstant(),
                rs.getString("answered_by"));
    }
}
