package cn.gov.amr.credit.ingestion.application;

import cn.gov.amr.credit.ingestion.RecordKind;
import java.util.List;

/**
 * Coverage statistics of aggregation. {@code matchRate}: of the rows that passed validation, the
 * share attached to an entity; {@code quarantineRate}: of all rows received, the share quarantined.
 */
public record Coverage(Totals totals, List<Count> byDepartment, List<Count> byKind, List<MonthCount> byMonth,
                       List<Reason> topReasons) {

    /** Over completed batches: {@code superseded} rows were not applied, a later batch holding a newer version. */
    public record Totals(long records, long entitiesCovered, long entities, double coverage, long rows, long accepted,
                         long duplicates, long superseded, long quarantined, long unmatched, double matchRate,
                         double quarantineRate) {
    }

    /** Current records of one department or kind. */
    public record Count(String key, String name, long records) {
    }

    /** Current records by month of decision, department and kind. */
    public record MonthCount(String month, long departmentId, String department, RecordKind kind, long records) {
    }

    /** A quarantine reason (machine code) and how many open rows carry it. */
    public record Reason(String code, long rows) {
    }
}
