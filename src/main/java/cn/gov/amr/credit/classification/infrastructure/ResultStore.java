package cn.gov.amr.credit.classification.infrastructure;

import cn.gov.amr.credit.classification.ClassChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code classification.results} and {@code classification.changes} tables. */
@Repository
public class ResultStore {

    static final String COLUMNS = "entity_code, model_id, risk_class, general_class, score, vals, points, override_rule,"
            + " professional, jurisdiction, entity_kind, industry, region_code, classified_at, reason";
    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    ResultStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Serialises the continuous updates (one transaction at a time), as the credit file's flags do. */
    public void lockForUpdate() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('classification.results'))").query(Object.class).single();
    }

    /** The current class of each given entity that has one. */
    public Map<String, String> classesOf(Collection<String> codes) {
        var classes = new HashMap<String, String>();
        jdbc.sql("select entity_code, risk_class from classification.results where entity_code = any(?)")
                .param(codes.toArray(String[]::new)).query(rs -> {
                    classes.put(rs.getString(1), rs.getString(2));
                });
        return classes;
    }

    /**
     * Stores the rows (replacing the entities' results) and a change for each whose class differs from
     * the one stored; the entities whose class changed, with their former class (null: first classified).
     */
    public Map<String, String> save(List<ResultRow> rows) {
        var before = classesOf(rows.stream().map(ResultRow::entityCode).toList());
        template.batchUpdate("insert into classification.results (" + COLUMNS + ") values (?, ?, ?, ?, ?,"
                        + " cast(? as numeric[]), cast(? as int[]), ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)"
                        + " on conflict (entity_code) do update set model_id = excluded.model_id,"
                        + " risk_class = excluded.risk_class, general_class = excluded.general_class,"
                        + " score = excluded.score, vals = excluded.vals, points = excluded.points,"
                        + " override_rule = excluded.override_rule, professional = excluded.professional,"
                        + " jurisdiction = excluded.jurisdiction, entity_kind = excluded.entity_kind,"
                        + " industry = excluded.industry, region_code = excluded.region_code,"
                        + " classified_at = excluded.classified_at, reason = excluded.reason",
                rows.stream().map(row -> new Object[]{row.entityCode(), row.modelId(), row.riskClass(), row.generalClass(),
                        row.score(), arrayText(row.values()), arrayText(row.points()), row.overrideRule(),
                        row.professionalJson(), row.jurisdiction(), row.entityKind(), row.industry(), row.regionCode(),
                        Timestamp.from(row.classifiedAt()), row.reason()}).toList());
        var changed = new HashMap<String, String>();
        var changes = new java.util.ArrayList<Object[]>();
        for (var row : rows) {
            String former = before.get(row.entityCode());
            if (!row.riskClass().equals(former)) {
                changed.put(row.entityCode(), former);
                changes.add(new Object[]{row.entityCode(), Timestamp.from(row.classifiedAt()), former, row.riskClass(),
                        row.score(), row.modelId(), row.jurisdiction(), row.reason()});
            }
        }
        template.batchUpdate("insert into classification.changes (entity_code, changed_at, from_class, to_class, score,"
                + " model_id, jurisdiction, reason) values (?, ?, ?, ?, ?, ?, ?, ?)", changes);
        return changed;
    }

    /** Every entity's current class, by code (byte order): a cursor read and closed in the caller's transaction. */
    public java.util.stream.Stream<String[]> streamClasses() {
        return jdbc.sql("select entity_code, risk_class from classification.results order by entity_code collate \"C\"")
                .withFetchSize(5000).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).stream();
    }

    public Optional<ResultRow> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from classification.results where entity_code = ?").param(code)
                .query(ResultStore::row).optional();
    }

    public List<ResultRow> find(Collection<String> codes) {
        return jdbc.sql("select " + COLUMNS + " from classification.results where entity_code = any(?)")
                .param(codes.toArray(String[]::new)).query(ResultStore::row).list();
    }

    /** The entity's class changes, newest first, with the version of the model that made each. */
    public List<ClassChange> history(String code) {
        return jdbc.sql("""
                        select c.entity_code, c.changed_at, c.from_class, c.to_class, c.score, m.version, c.reason
                        from classification.changes c join classification.models m on m.id = c.model_id
                        where c.entity_code = ? order by c.changed_at desc, c.id desc limit 500""")
                .param(code)
                .query((rs, n) -> new ClassChange(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7)))
                .list();
    }

    /** Entities per group and class ({@code column} one of the statistics columns; jurisdiction null: all). */
    public List<GroupCount> counts(String column, String jurisdiction) {
        if (!List.of("jurisdiction", "entity_kind", "industry", "region_code").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select coalesce(" + column + ", ''), risk_class, count(*) from classification.results"
                        + " where (cast(? as text) is null or jurisdiction = ?) group by 1, 2 order by 1, 2")
                .params(jurisdiction, jurisdiction)
                .query((rs, n) -> new GroupCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Changes per month (legal time) and class moved into, since {@code from}. */
    public List<GroupCount> changesByMonth(Instant from, String jurisdiction) {
        return jdbc.sql("""
                        select to_char(changed_at at time zone 'Asia/Shanghai', 'YYYY-MM'), to_class, count(*)
                        from classification.changes
                        where changed_at >= ? and (cast(? as text) is null or jurisdiction = ?)
                        group by 1, 2 order by 1, 2""")
                .params(Timestamp.from(from), jurisdiction, jurisdiction)
                .query((rs, n) -> new GroupCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** A count of a group and a class. */
    public record GroupCount(String group, String riskClass, long count) {
    }

    /** A PostgreSQL array literal of numbers: {1,2.5,0}. */
    static String arrayText(BigDecimal[] values) {
        var out = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            var value = values[i];
            if (value.scale() == 0 && value.precision() < 18) {
                out.append(value.longValue());
            } else {
                out.append(value.toPlainString());
            }
        }
        return out.append('}').toString();
    }

    static String arrayText(int[] values) {
        var out = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values[i]);
        }
        return out.append('}').toString();
    }

    static ResultRow row(ResultSet rs, int n) throws SQLException {
        return new ResultRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                decimals(rs.getArray(6)), ints(rs.getArray(7)), (Integer) rs.getObject(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getTimestamp(14).toInstant(),
                rs.getString(15));
    }

    private static BigDecimal[] decimals(Array array) throws SQLException {
        return (BigDecimal[]) array.getArray();
    }

    private static int[] ints(Array array) throws SQLException {
        Integer[] boxed = (Integer[]) array.getArray();
        int[] values = new int[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            values[i] = boxed[i];
        }
        return values;
    }
}
