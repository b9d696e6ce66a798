package cn.gov.amr.credit.ingestion.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.ingestion.infrastructure.RecordStore.Current;

/**
 * What a chunk's valid rows do to the stored records: a row without a current version becomes
 * version 1; a row whose content differs from the current version closes it and becomes the next
 * version; a row with the same content changes nothing (a duplicate); a row with other content whose
 * record already has a version from a later batch changes nothing either (an earlier sending processed
 * after a later one, or an old batch run again: the newest sending wins) and is counted as superseded.
 */
final class VersionPlan {

    /** A record to insert, with its version. */
    record Insert(NewRecord row, int version) {
    }

    private final List<Insert> inserts = new ArrayList<>();
    private final List<Long> closed = new ArrayList<>();
    private int duplicates;
    private int superseded;

    VersionPlan(List<NewRecord> rows, Map<String, Current> current, long batchId) {
        for (NewRecord row : rows) {
            Current existing = current.get(row.identity());
            if (existing == null) {
                inserts.add(new Insert(row, 1));
            } else if (existing.payloadHash().equals(row.payloadHash())) {
                duplicates++;
            } else if (existing.batchId() > batchId) {
                superseded++;
            } else {
                closed.add(existing.id());
                inserts.add(new Insert(row, existing.version() + 1));
            }
        }
    }

    List<Insert> inserts() {
        return inserts;
    }

    /** Ids of current versions that the new versions replace. */
    List<Long> closed() {
        return closed;
    }

    int duplicates() {
        return duplicates;
    }

    /** Rows with other content than their record's newer version from a later batch: not applied. */
    int superseded() {
        return superseded;
    }
}
