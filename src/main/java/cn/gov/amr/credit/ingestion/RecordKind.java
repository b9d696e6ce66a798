package cn.gov.amr.credit.ingestion;

/**
 * Kinds of credit records the platform aggregates (DOMAIN §4). Their fields, natural keys and
 * header names are in {@link cn.gov.amr.credit.ingestion.model.RecordSchemas}.
 */
public enum RecordKind {
    LICENCE, PENALTY, INSPECTION, DISHONEST_DEBTOR, COURT_JUDGMENT, ANNUAL_REPORT, COMMENDATION, COMMITMENT, COMPLAINT;

    /** The message key of the kind's Chinese (or English) name. */
    public String messageKey() {
        return "recordKind." + name();
    }
}
