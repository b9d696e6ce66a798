package cn.gov.amr.credit.ingestion;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A source department: who may send which kinds of records, with its own header mapping for
 * non-standard files ({@code headerMapping}: per kind, the department's header text → field name).
 * {@code apiKeyPrefix} tells keys apart without revealing them.
 */
public record Department(long id, String code, String name, DepartmentKind kind, Set<RecordKind> recordKinds,
                         Map<RecordKind, Map<String, String>> headerMapping, String apiKeyPrefix, boolean keyActive,
                         Instant createdAt, String createdBy, int version) {

    public boolean maySend(RecordKind recordKind) {
        return recordKinds.contains(recordKind);
    }

    public Map<String, String> mappingFor(RecordKind recordKind) {
        return headerMapping.getOrDefault(recordKind, Map.of());
    }
}
