package cn.gov.amr.credit.classification.infrastructure;

import cn.gov.amr.credit.platform.CopyCsv;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * A full run's results: copied into {@code classification.results_next}, then merged into the results in
 * one transaction. A result classified continuously after the run started is newer and stays.
 */
@Repository
public class BulkResults {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    BulkResults(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public void clear() {
        jdbc.sql("truncate classification.results_next").update();
    }

    /** Copies rows (in the current transaction). */
    public void copy(List<ResultRow> rows) {
        var csv = new CopyCsv(rows.size());
        for (var row : rows) {
            csv.row(row.entityCode(), Long.toString(row.modelId()), row.riskClass(), row.generalClass(),
                    Integer.toString(row.score()), ResultStore.arrayText(row.values()), ResultStore.arrayText(row.points()),
                    row.overrideRule() == null ? null : row.overrideRule().toString(), row.professionalJson(),
                    row.jurisdiction(), row.entityKind(), row.industry(), row.regionCode(),
                    row.classifiedAt().toString(), row.reason());
        }
        csv.copyIn(dataSource, "copy classification.results_next (" + ResultStore.COLUMNS + ") from stdin (format csv)");
    }

    /** Records the changes and merges the copied results (in the current transaction); the number of changes. */
    public int merge(Instant runStartedAt) {
        jdbc.sql("lock table classification.results in share row exclusive mode").update();
        int changes = jdbc.sql("""
                        insert into classification.changes (entity_code, changed_at, from_class, to_class, score, model_id,
                            jurisdiction, reason)
                        select n.entity_code, n.classified_at, r.risk_class, n.risk_class, n.score, n.model_id,
                            n.jurisdiction, n.reason
                        from classification.results_next n
                        left join classification.results r on r.entity_code = n.entity_code
                        where r.entity_code is null or (r.risk_class <> n.risk_class and r.classified_at < ?)""")
                .param(Timestamp.from(runStartedAt)).update();
        jdbc.sql("insert into classification.results (" + ResultStore.COLUMNS + ") select " + ResultStore.COLUMNS
                        + " from classification.results_next on conflict (entity_code) do update set"
                        + " model_id = excluded.model_id, risk_class = excluded.risk_class,"
                        + " general_class = excluded.general_class, score = excluded.score, vals = excluded.vals,"
                        + " points = excluded.points, override_rule = excluded.override_rule,"
                        + " professional = excluded.professional, jurisdiction = excluded.jurisdiction,"
                        + " entity_kind = excluded.entity_kind, industry = excluded.industry,"
                        + " region_code = excluded.region_code, classified_at = excluded.classified_at,"
                        + " reason = excluded.reason where classification.results.classified_at < ?")
                .param(Timestamp.from(runStartedAt)).update();
        jdbc.sql("truncate classification.results_next").update();
        return changes;
    }
}
