package cn.gov.amr.credit.disclosure.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.ingestion.schema.AnnualReportFields;
import cn.gov.amr.credit.ingestion.schema.InspectionFields;
import cn.gov.amr.credit.ingestion.schema.LicenceFields;
import cn.gov.amr.credit.ingestion.schema.PenaltyFields;
import cn.gov.amr.credit.ingestion.schema.RecordField;

/**
 * Which fields of each kind of record the public sees (DOMAIN §8, §10): the decision and a summary,
 * never the facts in detail, ID numbers, the parties' other identifiers or withheld amounts.
 */
public final class PublicFields {

    public static final List<RecordField> ANNUAL_REPORT = List.of(AnnualReportFields.REPORT_YEAR,
            AnnualReportFields.SUBMITTED_ON, AnnualReportFields.OPERATING_STATUS, AnnualReportFields.EMPLOYEES);
    public static final List<RecordField> INSPECTION = List.of(InspectionFields.TASK_NUMBER, InspectionFields.ITEM,
            InspectionFields.INSPECTION_TYPE, InspectionFields.INSPECTION_DATE, InspectionFields.AUTHORITY,
            InspectionFields.RESULTS, InspectionFields.FOLLOW_UP);
    public static final List<RecordField> LICENCE = List.of(LicenceFields.DOCUMENT_NAME, LicenceFields.DOCUMENT_NUMBER,
            LicenceFields.LICENCE_CATEGORY, LicenceFields.CERTIFICATE_NAME, LicenceFields.LICENCE_NUMBER,
            LicenceFields.CONTENT, LicenceFields.DECISION_DATE, LicenceFields.VALID_FROM, LicenceFields.VALID_TO,
            LicenceFields.AUTHORITY, LicenceFields.STATE);
    public static final List<RecordField> PENALTY = List.of(PenaltyFields.DOCUMENT_NUMBER, PenaltyFields.VIOLATION_TYPE,
            PenaltyFields.BASIS, PenaltyFields.PENALTY_CATEGORIES, PenaltyFields.CONTENT, PenaltyFields.FINE_AMOUNT,
            PenaltyFields.CONFISCATED_AMOUNT, PenaltyFields.SUSPENDED_LICENCE, PenaltyFields.DECISION_DATE,
            PenaltyFields.AUTHORITY);

    private PublicFields() {
    }

    /**
     * The fields through the public exit ({@link PublicText}), every one of them: whatever a field's form,
     * what it holds as published never reads as a personal number (dates and amounts are too short to be
     * touched).
     */
    public static Map<String, String> masked(Map<String, String> fields) {
        var masked = new LinkedHashMap<String, String>();
        fields.forEach((name, value) -> masked.put(name, PublicText.of(value)));
        return masked;
    }

    /** The listed fields of a record's fields that have a value, by field name, in the listed order. */
    public static Map<String, String> pick(Map<String, String> fields, List<RecordField> listed) {
        var picked = new LinkedHashMap<String, String>();
        for (RecordField field : listed) {
            String value = fields.get(field.name());
            if (value != null && !value.isBlank()) {
                picked.put(field.name(), value);
            }
        }
        return picked;
    }
}
