package cn.gov.amr.credit.ingestion.infrastructure;

import java.util.List;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.application.Coverage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates over records, batches and the quarantine. */
@Repository
public class CoverageQueries {

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** records, entities covered. */
    public long[] recordTotals() {
        return jdbc.sql("select count(*), count(distinct entity_code) from ingestion.records where current")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** rows, accepted, duplicates, quarantined, unmatched, superseded over completed batches. */
    public long[] batchTotals() {
        return jdbc.sql("""
                        select coalesce(sum(rows), 0), coalesce(sum(accepted), 0), coalesce(sum(duplicates), 0),
                            coalesce(sum(quarantined), 0), coalesce(sum(unmatched), 0), coalesce(sum(superseded), 0)
                        from ingestion.batches where status = 'COMPLETED'""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)})
                .single();
    }

    public List<Coverage.Count> byDepartment() {
        return jdbc.sql("""
                        select d.id, d.name, count(r.id) from ingestion.departments d
                        left join ingestion.records r on r.department_id = d.id and r.current
                        group by d.id, d.name order by 3 desc, d.name""")
                .query((rs, n) -> new Coverage.Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    public List<Coverage.Count> byKind() {
        return jdbc.sql("select kind, count(*) from ingestion.records where current group by kind order by 2 desc")
                .query((rs, n) -> new Coverage.Count(rs.getString(1), rs.getString(1), rs.getLong(2))).list();
    }

    public List<Coverage.MonthCount> byMonth() {
        return jdbc.sql("""
                        select to_char(r.decided_on, 'YYYY-MM'), r.department_id, d.name, r.kind, count(*)
                        from ingestion.records r join ingestion.departments d on d.id = r.department_id
                        where r.current and r.decided_on is not null
                        group by 1, 2, 3, 4 order by 1 desc, 3, 4""")
                .query((rs, n) -> new Coverage.MonthCount(rs.getString(1), rs.getLong(2), rs.getString(3),
                        RecordKind.valueOf(rs.getString(4)), rs.getLong(5)))
                .list();
    }

    public List<Coverage.Reason> topReasons(int limit) {
        return jdbc.sql("""
                        select p.value->>'code', count(distinct q.id) from ingestion.quarantine q,
                            jsonb_array_elements(q.problems) p
                        where q.status = 'OPEN' group by 1 order by 2 desc, 1 limit ?""")
                .param(limit).query((rs, n) -> new Coverage.Reason(rs.getString(1), rs.getLong(2))).list();
    }
}
