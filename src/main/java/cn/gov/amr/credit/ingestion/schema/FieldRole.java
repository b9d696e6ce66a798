package cn.gov.amr.credit.ingestion.schema;

/**
 * The part a field plays in its kind of record (the {@code roles} line of a kind in
 * {@code ingestion/record-schemas.txt}); a kind has at most one field per role.
 */
public enum FieldRole {
    /** Names the record within its department and kind: a new version of a record has the same key. */
    NATURAL_KEY,
    /** The party's name (for matching to a registered entity). */
    PARTY_NAME,
    /** The party's unified social credit code (for matching). */
    CREDIT_CODE,
    /** The party's old registration number (for matching). */
    REGISTRATION_NUMBER,
    /** The party's organisation code (for matching). */
    ORGANISATION_CODE,
    /** The party's legal representative (for matching). */
    LEGAL_REPRESENTATIVE,
    /** The dishonest debtor's identifier (for matching). */
    PARTY_ID,
    /** Whether the party is an organisation, a person or an individual business. */
    PARTY_TYPE,
    /** The date of the decision the record is about: a record's {@code decidedOn}. */
    DECIDED_ON,
    /** The end of the record's validity or restriction: a record's {@code validUntil}; not every kind has one. */
    VALID_UNTIL
}
