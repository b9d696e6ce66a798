package cn.gov.amr.credit.ingestion.application;

import cn.gov.amr.credit.ingestion.RecordKind;
import java.util.List;
import java.util.Map;

/**
 * A row not accepted, as an officer sees it to correct it: values as sent (personal ID numbers
 * masked) and the errors; {@code resolvedBatchId} is the correction's batch when the row was
 * {@link QuarantineStatus#RESUBMITTED}.
 */
public record QuarantinedRow(long id, long batchId, RecordKind kind, long departmentId, int row,
                             Map<String, String> values, List<RowError> errors, QuarantineStatus status, Long resolvedBatchId) {
}
