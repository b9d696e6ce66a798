package cn.gov.amr.credit.ingestion;

import java.util.List;

/**
 * Records of a batch were committed: new records or new versions for these entities. Published once
 * per batch, or per chunk of entity codes for a large batch, through the event publication registry
 * (delivery survives restarts).
 */
public record BatchAccepted(long batchId, long departmentId, RecordKind kind, List<String> entityCodes) {

    /** At most this many entity codes per event. */
    public static final int MAX_CODES = 10_000;

    public BatchAccepted {
        entityCodes = List.copyOf(entityCodes);
    }
}
