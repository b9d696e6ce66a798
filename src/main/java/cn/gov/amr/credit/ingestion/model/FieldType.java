package cn.gov.amr.credit.ingestion.model;

/** How a field's raw text is normalised and checked. */
public enum FieldType {
    /** Free text: trimmed, runs of white space collapsed, full-width digits and letters made half-width. */
    TEXT,
    /** A document, case or task number: like text, with all white space removed and ASCII letters upper-cased. */
    NUMBER_TEXT,
    /** A date in one of the accepted formats; written as ISO {@code yyyy-MM-dd}. */
    DATE,
    /** A non-negative decimal amount in 万元, at most six decimals. */
    AMOUNT,
    /** A non-negative whole number. */
    INTEGER,
    /** A four-digit year. */
    YEAR,
    /** One value of a fixed list, given as its label or its code. */
    CHOICE,
    /** One or more values of a fixed list, separated by ; ； 、 , or ，. */
    CHOICES,
    /** A unified social credit code (GB 32100). */
    CREDIT_CODE,
    /** An organisation code (GB 11714), with or without its hyphen. */
    ORGANISATION_CODE,
    /** An old 15-digit registration number. */
    REGISTRATION_NUMBER,
    /** A personal ID number: checked when it has the form of a resident ID number; personal data. */
    PERSONAL_ID,
    /** A dishonest debtor's identifier: a credit code, an organisation code or a personal ID number. */
    PARTY_ID
}
