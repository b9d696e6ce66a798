package cn.gov.amr.credit.ingestion.pipeline;

import java.time.LocalDate;

/** A valid, matched row of a batch, ready to become a record (or to be found unchanged). */
record NewRecord(int rowNumber, String naturalKey, String entityCode, String payload, String payloadHash,
                 LocalDate decidedOn, LocalDate validUntil, boolean flagged) {

    String identity() {
        return naturalKey + '\u0001' + entityCode;
    }
}
