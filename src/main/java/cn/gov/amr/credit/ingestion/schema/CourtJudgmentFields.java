package cn.gov.amr.credit.ingestion.schema;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * The fields of court judgments ({@link RecordKind#COURT_JUDGMENT}), in the order of the exchange
 * format: one constant per field of {@code ingestion/record-schemas.txt}, which the schema-name test
 * keeps in step with it.
 */
public final class CourtJudgmentFields {

    public static final RecordField CASE_NUMBER = field("caseNumber");
    public static final RecordField PARTY_NAME = field("partyName");
    public static final RecordField CREDIT_CODE = field("creditCode");
    public static final RecordField PARTY_ROLE = field("partyRole");
    public static final RecordField CAUSE = field("cause");
    public static final RecordField COURT = field("court");
    public static final RecordField DOCUMENT_TYPE = field("documentType");
    public static final RecordField JUDGMENT_DATE = field("judgmentDate");
    public static final RecordField SUMMARY = field("summary");

    private CourtJudgmentFields() {
    }

    private static RecordField field(String name) {
        return new RecordField(RecordKind.COURT_JUDGMENT, name);
    }
}
