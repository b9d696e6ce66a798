package cn.gov.amr.credit.ingestion.application;

import cn.gov.amr.credit.ingestion.infrastructure.CoverageQueries;
import cn.gov.amr.credit.registry.Registry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coverage of aggregation: records by source, kind and month; entities covered; match and quarantine rates. */
@Service
public class CoverageStatistics {

    static final int TOP_REASONS = 10;
    private final CoverageQueries queries;
    private final Registry registry;

    CoverageStatistics(CoverageQueries queries, Registry registry) {
        this.queries = queries;
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    public Coverage coverage() {
        long[] records = queries.recordTotals();
        long[] batches = queries.batchTotals();
        long entities = registry.count();
        long rows = batches[0];
        long quarantined = batches[3];
        long unmatched = batches[4];
        long validated = rows - (quarantined - unmatched);
        var totals = new Coverage.Totals(records[0], records[1], entities, ratio(records[1], entities), rows, batches[1],
                batches[2], batches[5], quarantined, unmatched, ratio(validated - unmatched, validated),
                ratio(quarantined, rows));
        return new Coverage(totals, queries.byDepartment(), queries.byKind(), queries.byMonth(),
                queries.topReasons(TOP_REASONS));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : Math.round(10000.0 * part / whole) / 10000.0;
    }
}
