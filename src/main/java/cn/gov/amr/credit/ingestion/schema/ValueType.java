package cn.gov.amr.credit.ingestion.schema;

/**
 * What a field holds once accepted, and so which typed reading of {@link RecordValues} applies: the
 * same names as the field types of {@code ingestion/record-schemas.txt}.
 */
public enum ValueType {
    /** Free text. */
    TEXT,
    /** A document, case or task number (no white space, ASCII letters upper-case). */
    NUMBER_TEXT,
    /** A date, stored as ISO {@code yyyy-MM-dd}: {@link RecordValues#date}. */
    DATE,
    /** A non-negative decimal amount in 万元 (ten thousand yuan): {@link RecordValues#amount}, {@code yuan}. */
    AMOUNT,
    /** A non-negative whole number: {@link RecordValues#number}. */
    INTEGER,
    /** A four-digit year: {@link RecordValues#number}. */
    YEAR,
    /** One value of a fixed list, stored as its label: {@link RecordValues#choiceCodes}. */
    CHOICE,
    /** One or more values of a fixed list, stored as labels joined by {@code ;}: {@link RecordValues#choiceCodes}. */
    CHOICES,
    /** A unified social credit code. */
    CREDIT_CODE,
    /** An organisation code. */
    ORGANISATION_CODE,
    /** An old 15-digit registration number. */
    REGISTRATION_NUMBER,
    /** A personal ID number: personal data, masked in everything ingestion hands out. */
    PERSONAL_ID,
    /** A dishonest debtor's identifier (credit code, organisation code or personal ID number): masked like one. */
    PARTY_ID;

    /** Whether a value of this type is read as choice codes. */
    public boolean isChoice() {
        return this == CHOICE || this == CHOICES;
    }
}
