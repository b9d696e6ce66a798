package cn.gov.amr.credit.ingestion.schema;

/**
 * What a field holds once accepted, and so which typed reading of {@link RecordValues} applies; also
 * how ingestion normalises and checks a field's raw text. The same names as the field types of
 * {@code ingestion/record-schemas.txt}.
 */
public enum ValueType {
    /** Free text: trimmed, runs of white space collapsed, full-width digits and letters made half-width. */
    TEXT,
    /** A document, case or task number: like text, with all white space removed and ASCII letters upper-cased. */
    NUMBER_TEXT,
    /** A date in one of the accepted formats, stored as ISO {@code yyyy-MM-dd}: {@link RecordValues#date}. */
    DATE,
    /** A non-negative decimal amount in 万元 (ten thousand yuan), at most six decimals: {@link RecordValues#amount}, {@code yuan}. */
    AMOUNT,
    /** A non-negative whole number: {@link RecordValues#number}. */
    INTEGER,
    /** A four-digit year: {@link RecordValues#number}. */
    YEAR,
    /** One value of a fixed list, given as its label or its code, stored as its label: {@link RecordValues#choiceCodes}. */
    CHOICE,
    /** One or more values of a fixed list (given separated by ; ； 、 , or ，), stored as labels joined by {@code ;}: {@link RecordValues#choiceCodes}. */
    CHOICES,
    /** A unified social credit code (GB 32100). */
    CREDIT_CODE,
    /** An organisation code (GB 11714), with or without its hyphen. */
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
