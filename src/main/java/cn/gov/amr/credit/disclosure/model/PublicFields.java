package cn.gov.amr.credit.disclosure.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Which fields of each kind of record the public sees (DOMAIN §8, §10): the decision and a summary,
 * never the facts in detail, ID numbers, the parties' other identifiers or withheld amounts.
 */
public final class PublicFields {

    public static final List<String> ANNUAL_REPORT = List.of("reportYear", "submittedOn", "operatingStatus",
            "employees");
    public static final List<String> INSPECTION = List.of("taskNumber", "item", "inspectionType", "inspectionDate",
            "authority", "results", "followUp");
    public static final List<String> LICENCE = List.of("documentName", "documentNumber", "licenceCategory",
            "certificateName", "licenceNumber", "content", "decisionDate", "validFrom", "validTo", "authority",
            "state");
    public static final List<String> PENALTY = List.of("documentNumber", "violationType", "basis",
            "penaltyCategories", "content", "fineAmount", "confiscatedAmount", "suspendedLicence", "decisionDate",
            "authority");

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

    /** The listed fields of a record's fields that have a value, in the listed order. */
    public static Map<String, String> pick(Map<String, String> fields, List<String> names) {
        var picked = new LinkedHashMap<String, String>();
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                picked.put(name, value);
            }
        }
        return picked;
    }
}
