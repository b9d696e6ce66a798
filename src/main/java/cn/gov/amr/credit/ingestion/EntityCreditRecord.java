package cn.gov.amr.credit.ingestion;

/** A current record with the code of the entity it is about (for whole-dataset reads). */
public record EntityCreditRecord(String entityCode, CreditRecord record) {
}
