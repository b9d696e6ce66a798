package cn.gov.amr.credit.ingestion.schema;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * The fields of credit commitments ({@link RecordKind#COMMITMENT}), in the order of the exchange
 * format: one constant per field of {@code ingestion/record-schemas.txt}, which the schema-name test
 * keeps in step with it.
 */
public final class CommitmentFields {

    public static final RecordField COMMITMENT_NUMBER = field("commitmentNumber");
    public static final RecordField NAME = field("name");
    public static final RecordField CREDIT_CODE = field("creditCode");
    public static final RecordField COMMITMENT_TYPE = field("commitmentType");
    public static final RecordField MATTER = field("matter");
    public static final RecordField COMMITTED_ON = field("committedOn");
    public static final RecordField ACCEPTED_BY = field("acceptedBy");
    public static final RecordField FULFILMENT = field("fulfilment");
    public static final RecordField CHECKED_ON = field("checkedOn");

    private CommitmentFields() {
    }

    private static RecordField field(String name) {
        return new RecordField(RecordKind.COMMITMENT, name);
    }
}
