package cn.gov.amr.credit.ingestion.model;

/**
 * One named check of a row as a whole, run after every field has been checked: dates in order, no
 * natural person, some identifier of the party. Reports into the {@link RowDraft}.
 */
@FunctionalInterface
interface RowCheck {

    void check(RowDraft row);
}
