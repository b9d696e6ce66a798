package cn.gov.amr.credit.ingestion.schema;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * The fields of the courts' dishonest debtors ({@link RecordKind#DISHONEST_DEBTOR}), in the order of the exchange
 * format: one constant per field of {@code ingestion/record-schemas.txt}, which the schema-name test
 * keeps in step with it.
 */
public final class DishonestDebtorFields {

    public static final RecordField CASE_NUMBER = field("caseNumber");
    public static final RecordField PARTY_NAME = field("partyName");
    public static final RecordField GENDER = field("gender");
    public static final RecordField AGE = field("age");
    public static final RecordField PARTY_ID = field("partyId");
    public static final RecordField LEGAL_REPRESENTATIVE = field("legalRepresentative");
    public static final RecordField COURT = field("court");
    public static final RecordField PROVINCE = field("province");
    public static final RecordField BASIS_NUMBER = field("basisNumber");
    public static final RecordField FILED_ON = field("filedOn");
    public static final RecordField BASIS_UNIT = field("basisUnit");
    public static final RecordField OBLIGATION = field("obligation");
    public static final RecordField PERFORMANCE = field("performance");
    public static final RecordField CIRCUMSTANCES = field("circumstances");
    public static final RecordField PUBLISHED_ON = field("publishedOn");

    private DishonestDebtorFields() {
    }

    private static RecordField field(String name) {
        return new RecordField(RecordKind.DISHONEST_DEBTOR, name);
    }
}
