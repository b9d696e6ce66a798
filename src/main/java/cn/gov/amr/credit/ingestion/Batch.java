package cn.gov.amr.credit.ingestion;

import java.time.Instant;

/**
 * A batch of records and its progress. {@code accepted} counts new records and new versions,
 * {@code duplicates} unchanged resends, {@code superseded} changed rows not applied because a later
 * batch already holds a newer version of their record, {@code quarantined} rows not accepted,
 * {@code flagged} accepted rows whose code fails its check but belongs to an entity registered with a
 * review flag. {@code progress} is the share of the content read (0 to 1). {@code warningCode} (or null):
 * what the sender of a completed batch should know, e.g. that it held no rows.
 */
public record Batch(long id, long departmentId, String departmentName, RecordKind kind, BatchChannel channel,
                    String fileName, String format, String encoding, long byteSize, BatchStatus status, int attempts,
                    int rows, int accepted, int duplicates, int superseded, int quarantined, int flagged,
                    int unmatched, double progress, String failureCode, BatchWarning warningCode, Instant submittedAt,
                    String submittedBy, Instant startedAt, Instant finishedAt) {
}
