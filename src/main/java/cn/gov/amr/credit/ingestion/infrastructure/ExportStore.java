package cn.gov.amr.credit.ingestion.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import cn.gov.amr.credit.ingestion.DepartmentKind;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.application.Destination;
import cn.gov.amr.credit.ingestion.application.Export;
import cn.gov.amr.credit.ingestion.application.ExportCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Exports to upper-level platforms: the records routed to them, and what was sent. */
@Repository
public class ExportStore {

    /** A record to export: its id, decision date and full national fields. */
    public record Row(long id, LocalDate decidedOn, Map<String, String> fields) {
    }

    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ExportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Streams the current records of a kind decided in [from, to] by departments of the given kinds. */
    public void routed(RecordKind kind, LocalDate from, LocalDate to, Set<DepartmentKind> departmentKinds,
                       Consumer<Row> consumer) {
        jdbc.sql("""
                        select r.id, r.decided_on, r.payload from ingestion.records r
                        join ingestion.departments d on d.id = r.department_id
                        where r.current and r.kind = ? and r.decided_on between ? and ? and d.kind = any(?)
                        order by r.decided_on, r.id""")
                .params(kind.name(), from, to, departmentKinds.stream().map(Enum::name).toArray(String[]::new))
                .withFetchSize(1000) // a cursor inside the export's transaction: rows stream, never all at once
                .query((ResultSet rs) -> {
                    consumer.accept(new Row(rs.getLong(1), rs.getObject(2, LocalDate.class),
                            json.readValue(rs.getString(3), FIELDS)));
                });
    }

    public long insert(Destination destination, RecordKind kind, LocalDate from, LocalDate to, String format,
                       int records, String fileName, byte[] content, Instant at, String by) {
        long id = jdbc.sql("""
                        insert into ingestion.exports (destination, kind, period_from, period_to, format, records,
                            file_name, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(destination.name(), kind.name(), from, to, format, records, fileName, Timestamp.from(at), by)
                .query(Long.class).single();
        jdbc.sql("insert into ingestion.export_files (export_id, content) values (?, ?)").params(id, content).update();
        return id;
    }

    /** Remembers which record versions went to the destination (each counted once, whatever re-exports). */
    public void items(long exportId, Destination destination, List<long[]> idAndMonthEpochDay) {
        if (idAndMonthEpochDay.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into ingestion.export_items (destination, record_id, export_id, month)
                        select ?, id, ?, date '1970-01-01' + day from unnest(cast(? as bigint[]), cast(? as int[])) as t(id, day)
                        on conflict do nothing""")
                .params(destination.name(), exportId, idAndMonthEpochDay.stream().map(a -> a[0]).toArray(Long[]::new),
                        idAndMonthEpochDay.stream().map(a -> (int) a[1]).toArray(Integer[]::new))
                .update();
    }

    public List<Export> all() {
        return jdbc.sql("select * from ingestion.exports order by id desc").query(ExportStore::map).list();
    }

    public Optional<Export> find(long id) {
        return jdbc.sql("select * from ingestion.exports where id = ?").param(id).query(ExportStore::map).optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from ingestion.export_files where export_id = ?").param(id)
                .query(byte[].class).single();
    }

    public List<ExportCount> monthly(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select destination, to_char(month, 'YYYY-MM'), count(*) from ingestion.export_items
                        where month between ? and ? group by 1, 2 order by 1, 2""")
                .params(from, to)
                .query((rs, n) -> new ExportCount(Destination.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)))
                .list();
    }

    private static Export map(ResultSet rs, int n) throws SQLException {
        return new Export(rs.getLong("id"), Destination.valueOf(rs.getString("destination")),
                RecordKind.valueOf(rs.getString("kind")), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getString("format"), rs.getInt("records"),
                rs.getString("file_name"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
