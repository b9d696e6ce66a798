package cn.gov.amr.credit.ingestion.schema;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * The fields of complaints ({@link RecordKind#COMPLAINT}), in the order of the exchange
 * format: one constant per field of {@code ingestion/record-schemas.txt}, which the schema-name test
 * keeps in step with it.
 */
public final class ComplaintFields {

    public static final RecordField COMPLAINT_NUMBER = field("complaintNumber");
    public static final RecordField NAME = field("name");
    public static final RecordField CREDIT_CODE = field("creditCode");
    public static final RecordField COMPLAINED_ON = field("complainedOn");
    public static final RecordField CATEGORY = field("category");
    public static final RecordField CONCLUSION = field("conclusion");
    public static final RecordField OUTCOME = field("outcome");
    public static final RecordField HANDLED_BY = field("handledBy");

    private ComplaintFields() {
    }

    private static RecordField field(String name) {
        return new RecordField(RecordKind.COMPLAINT, name);
    }
}
