package cn.gov.amr.credit.ingestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.gov.amr.credit.ingestion.schema.RecordValues;

/**
 * One accepted record (its current version) as a credit file shows it: where it came from, in which
 * batch and when, its version, and its fields (personal ID numbers masked) by English field name;
 * {@link #values()} reads them with their types ({@code record.values().amount(PenaltyFields.FINE_AMOUNT)}).
 */
public record CreditRecord(long id, RecordKind kind, String documentNumber, long departmentId, String department,
                           long batch, Instant receivedAt, int version, LocalDate decidedOn, LocalDate validUntil,
                           boolean flagged, Map<String, String> fields) {

    /** The fields read by field constant with their types (not a component: JSON shows {@link #fields()}). */
    public RecordValues values() {
        return RecordValues.of(kind, fields);
    }
}
