package cn.gov.amr.credit.ingestion.schema;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * The fields of inspections ({@link RecordKind#INSPECTION}), in the order of the exchange
 * format: one constant per field of {@code ingestion/record-schemas.txt}, which the schema-name test
 * keeps in step with it.
 */
public final class InspectionFields {

    public static final RecordField PARTY_NAME = field("partyName");
    public static final RecordField CREDIT_CODE = field("creditCode");
    public static final RecordField TASK_NUMBER = field("taskNumber");
    public static final RecordField ITEM = field("item");
    public static final RecordField INSPECTION_TYPE = field("inspectionType");
    public static final RecordField INSPECTION_DATE = field("inspectionDate");
    public static final RecordField AUTHORITY = field("authority");
    public static final RecordField RESULTS = field("results");
    public static final RecordField FOLLOW_UP = field("followUp");
    public static final RecordField SOURCE_UNIT = field("sourceUnit");
    public static final RecordField SOURCE_UNIT_CODE = field("sourceUnitCode");

    private InspectionFields() {
    }

    private static RecordField field(String name) {
        return new RecordField(RecordKind.INSPECTION, name);
    }
}
