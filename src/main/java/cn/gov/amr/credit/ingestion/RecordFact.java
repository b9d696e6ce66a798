package cn.gov.amr.credit.ingestion;

import java.time.LocalDate;

/** The little a flag needs to know of a current record. */
public record RecordFact(String entityCode, RecordKind kind, String naturalKey, LocalDate decidedOn,
                         LocalDate validUntil) {
}
