package cn.gov.amr.credit.ingestion.schema;

/**
 * One value of a choice field: its label (how a record stores it, the national wording) and its code
 * (how the national format numbers it; null for a label without a code).
 */
public record Choice(String label, String code) {
}
