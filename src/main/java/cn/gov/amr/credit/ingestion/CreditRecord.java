package cn.gov.amr.credit.ingestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One accepted record (its current version) as a credit file shows it: where it came from, in which
 * batch and when, its version, and its fields (personal ID numbers masked).
 */
public record CreditRecord(long id, RecordKind kind, String documentNumber, long departmentId, String department,
                           long batch, Instant receivedAt, int version, LocalDate decidedOn, LocalDate validUntil,
                           boolean flagged, Map<String, String> fields) {
}
