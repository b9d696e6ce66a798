package cn.gov.amr.credit.disclosure.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import cn.gov.amr.credit.disclosure.model.ObjectedRecords;
import cn.gov.amr.credit.disclosure.model.Objection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code disclosure.objections} table. */
@Repository
public class ObjectionStore {

    /** Key space of the advisory locks that serialise raising objections per client address. */
    private static final int ADDRESS_LOCK = 4109;
    private final JdbcClient jdbc;

    ObjectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new objection, as a reviewer needs it; {@code addressKey} is the client address as an opaque name. */
    public record NewObjection(String entityCode, String recordId, String recordKind, String documentNumber,
                               String reason, String contact, String addressKey, Instant at) {
    }

    public long insert(NewObjection o) {
        return jdbc.sql("""
                        insert into disclosure.objections (entity_code, record_id, record_kind, document_number, reason,
                            contact, address_key, raised_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(o.entityCode(), o.recordId(), o.recordKind(), o.documentNumber(), o.reason(), o.contact(),
                        o.addressKey(), Timestamp.from(o.at()))
                .query(Long.class).single();
    }

    /** Takes turns with other objections from the same address until the transaction ends. */
    public void lockAddress(String addressKey) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(ADDRESS_LOCK, addressKey)
                .query(Object.class).single();
    }

    public Optional<Objection> find(long id) {
        return jdbc.sql("select * from disclosure.objections where id = ?").param(id).query(ObjectionStore::map)
                .optional();
    }

    public List<Objection> byStatus(Objection.Status status, long offset, int limit) {
        return jdbc.sql("select * from disclosure.objections where status = ? order by id offset ? limit ?")
                .params(status.name(), offset, limit).query(ObjectionStore::map).list();
    }

    public long countByStatus(Objection.Status status) {
        return jdbc.sql("select count(*) from disclosure.objections where status = ?").param(status.name())
                .query(Long.class).single();
    }

    /** The entity's records under an open objection (by record id; by document number for objections raised before ids). */
    public ObjectedRecords openRecords(String entityCode) {
        var ids = new HashSet<String>();
        var documents = new HashSet<String>();
        jdbc.sql("select record_id, document_number from disclosure.objections where entity_code = ? and status = 'OPEN'")
                .param(entityCode).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    String id = rs.getString(1);
                    String document = rs.getString(2);
                    if (id != null) {
                        ids.add(id);
                    } else if (document != null) {
                        documents.add(document);
                    }
                });
        return new ObjectedRecords(ids, documents);
    }

    /**
     * An open objection to the same record (null: the entity as a whole) with the same reason, from the
     * same address or with the same contact: the objection a repeat merges into.
     */
    public Optional<Objection> openRepeat(String entityCode, String recordId, String reason, String contact,
                                          String addressKey) {
        return jdbc.sql("""
                        select * from disclosure.objections where entity_code = ? and coalesce(record_id, '') = coalesce(cast(? as text), '')
                            and status = 'OPEN' and reason = ? and (contact = ? or address_key = ?)
                        order by id limit 1""")
                .params(entityCode, recordId, reason, contact, addressKey).query(ObjectionStore::map).optional();
    }

    /** When the objections from an address since {@code since} were raised, oldest first. */
    public List<Instant> raisedFrom(String addressKey, Instant since) {
        return jdbc.sql("select raised_at from disclosure.objections where address_key = ? and raised_at > ?"
                        + " order by raised_at")
                .params(addressKey, Timestamp.from(since)).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    }

    /** How many distinct addresses have an open objection to the record (null: the entity as a whole). */
    public long openAddresses(String entityCode, String recordId) {
        return jdbc.sql("""
                        select count(distinct address_key) from disclosure.objections
                        where entity_code = ? and coalesce(record_id, '') = coalesce(cast(? as text), '') and status = 'OPEN'""")
                .params(entityCode, recordId).query(Long.class).single();
    }

    public boolean answer(long id, Objection.Status status, String answer, Instant at, String by) {
        return jdbc.sql("""
                        update disclosure.objections set status = ?, answer = ?, answered_at = ?, answered_by = ?
                        where id = ? and status = 'OPEN'""")
                .params(status.name(), answer, Timestamp.from(at), by, id).update() == 1;
    }

    private static Objection map(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Objection(rs.getLong("id"), rs.getString("entity_code"), rs.getString("record_id"),
                rs.getString("record_kind"), rs.getString("document_number"), rs.getString("reason"),
                rs.getString("contact"), Objection.Status.valueOf(rs.getString("status")), rs.getString("answer"),
                rs.getTimestamp("raised_at").toInstant(), answered == null ? null : answered.toInstant(),
                rs.getString("answered_by"));
    }
}
