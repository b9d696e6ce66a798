package cn.gov.amr.credit.ingestion.schema;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * The fields of administrative penalties ({@link RecordKind#PENALTY}), in the order of the exchange
 * format: one constant per field of {@code ingestion/record-schemas.txt}, which the schema-name test
 * keeps in step with it.
 */
public final class PenaltyFields {

    public static final RecordField PARTY_NAME = field("partyName");
    public static final RecordField PARTY_TYPE = field("partyType");
    public static final RecordField CREDIT_CODE = field("creditCode");
    public static final RecordField REGISTRATION_NUMBER = field("registrationNumber");
    public static final RecordField ORGANISATION_CODE = field("organisationCode");
    public static final RecordField TAX_NUMBER = field("taxNumber");
    public static final RecordField INSTITUTION_NUMBER = field("institutionNumber");
    public static final RecordField SOCIAL_ORGANISATION_NUMBER = field("socialOrganisationNumber");
    public static final RecordField LEGAL_REPRESENTATIVE = field("legalRepresentative");
    public static final RecordField LEGAL_REPRESENTATIVE_ID_TYPE = field("legalRepresentativeIdType");
    public static final RecordField LEGAL_REPRESENTATIVE_ID_NUMBER = field("legalRepresentativeIdNumber");
    public static final RecordField PARTY_ID_TYPE = field("partyIdType");
    public static final RecordField PARTY_ID_NUMBER = field("partyIdNumber");
    public static final RecordField DOCUMENT_NUMBER = field("documentNumber");
    public static final RecordField VIOLATION_TYPE = field("violationType");
    public static final RecordField FACTS = field("facts");
    public static final RecordField BASIS = field("basis");
    public static final RecordField PENALTY_CATEGORIES = field("penaltyCategories");
    public static final RecordField CONTENT = field("content");
    public static final RecordField FINE_AMOUNT = field("fineAmount");
    public static final RecordField CONFISCATED_AMOUNT = field("confiscatedAmount");
    public static final RecordField SUSPENDED_LICENCE = field("suspendedLicence");
    public static final RecordField DECISION_DATE = field("decisionDate");
    public static final RecordField VALID_UNTIL = field("validUntil");
    public static final RecordField PUBLICITY_UNTIL = field("publicityUntil");
    public static final RecordField AUTHORITY = field("authority");
    public static final RecordField AUTHORITY_CODE = field("authorityCode");
    public static final RecordField SOURCE_UNIT = field("sourceUnit");
    public static final RecordField SOURCE_UNIT_CODE = field("sourceUnitCode");
    public static final RecordField REMARKS = field("remarks");

    private PenaltyFields() {
    }

    private static RecordField field(String name) {
        return new RecordField(RecordKind.PENALTY, name);
    }
}
