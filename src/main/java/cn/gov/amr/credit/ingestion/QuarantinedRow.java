package cn.gov.amr.credit.ingestion;

import java.util.List;
import java.util.Map;

/**
 * A row not accepted, as an officer sees it to correct it: values as sent (personal ID numbers
 * masked) and the errors. {@code status} is OPEN, RESUBMITTED (then {@code resolvedBatchId} is the
 * correction's batch) or DISMISSED.
 */
public record QuarantinedRow(long id, long batchId, RecordKind kind, long departmentId, int row,
                             Map<String, String> values, List<RowError> errors, String status, Long resolvedBatchId) {
}
