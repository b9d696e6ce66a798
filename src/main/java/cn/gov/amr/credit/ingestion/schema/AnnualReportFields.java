package cn.gov.amr.credit.ingestion.schema;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * The fields of annual reports ({@link RecordKind#ANNUAL_REPORT}), in the order of the exchange
 * format: one constant per field of {@code ingestion/record-schemas.txt}, which the schema-name test
 * keeps in step with it.
 */
public final class AnnualReportFields {

    public static final RecordField CREDIT_CODE = field("creditCode");
    public static final RecordField NAME = field("name");
    public static final RecordField REPORT_YEAR = field("reportYear");
    public static final RecordField SUBMITTED_ON = field("submittedOn");
    public static final RecordField PUBLISHED = field("published");
    public static final RecordField OPERATING_STATUS = field("operatingStatus");
    public static final RecordField EMPLOYEES = field("employees");
    public static final RecordField TOTAL_ASSETS = field("totalAssets");
    public static final RecordField REVENUE = field("revenue");
    public static final RecordField TAX_PAID = field("taxPaid");

    private AnnualReportFields() {
    }

    private static RecordField field(String name) {
        return new RecordField(RecordKind.ANNUAL_REPORT, name);
    }
}
