package cn.gov.amr.credit.ingestion.schema;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * The fields of commendations ({@link RecordKind#COMMENDATION}), in the order of the exchange
 * format: one constant per field of {@code ingestion/record-schemas.txt}, which the schema-name test
 * keeps in step with it.
 */
public final class CommendationFields {

    public static final RecordField NAME = field("name");
    public static final RecordField CREDIT_CODE = field("creditCode");
    public static final RecordField HONOUR = field("honour");
    public static final RecordField GRANTED_BY = field("grantedBy");
    public static final RecordField GRANTED_ON = field("grantedOn");
    public static final RecordField VALID_UNTIL = field("validUntil");
    public static final RecordField DOCUMENT_NUMBER = field("documentNumber");

    private CommendationFields() {
    }

    private static RecordField field(String name) {
        return new RecordField(RecordKind.COMMENDATION, name);
    }
}
