package cn.gov.amr.credit.disclosure.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.RecordField;

/**
 * The sections of the public credit report after the basic information (DOMAIN §10), in their order,
 * with the JSON name of each (contract) and, for sections filled from aggregated records, the kind of
 * record and the fields the public sees (the list sections are filled from the lists module's listings).
 */
public enum PublicSection {
    ANNUAL_REPORTS("annualReports", RecordKind.ANNUAL_REPORT, PublicFields.ANNUAL_REPORT),
    INSPECTIONS("inspections", RecordKind.INSPECTION, PublicFields.INSPECTION),
    LICENCES("licences", RecordKind.LICENCE, PublicFields.LICENCE),
    PENALTIES("penalties", RecordKind.PENALTY, PublicFields.PENALTY),
    /** The abnormal-operations list and, for individual businesses, the abnormal state: both listings. */
    ABNORMAL_LISTINGS("abnormalListings", null, List.of()),
    SERIOUS_DISHONEST_LISTINGS("seriousDishonestListings", null, List.of());

    private final String jsonName;
    private final RecordKind recordKind;
    private final List<RecordField> fields;

    PublicSection(String jsonName, RecordKind recordKind, List<RecordField> fields) {
        this.jsonName = jsonName;
        this.recordKind = recordKind;
        this.fields = fields;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The kind of aggregated record the section shows; null for the list sections. */
    public RecordKind recordKind() {
        return recordKind;
    }

    public List<RecordField> fields() {
        return fields;
    }

    /**
     * The names of the fields an item of the section may have, in order: the public record fields of its kind
     * of record, or for the list sections those of {@link ListingRecords}.
     */
    public List<String> fieldNames() {
        return switch (this) {
            case ABNORMAL_LISTINGS -> ListingRecords.ABNORMAL_FIELDS;
            case SERIOUS_DISHONEST_LISTINGS -> ListingRecords.SERIOUS_DISHONEST_FIELDS;
            default -> fields.stream().map(RecordField::name).toList();
        };
    }

    /** The section a kind of record is shown in; empty for kinds the public report does not show. */
    public static Optional<PublicSection> of(RecordKind kind) {
        return Arrays.stream(values()).filter(s -> s.recordKind == kind).findFirst();
    }

    /** The kinds of record shown in some section. */
    public static List<RecordKind> recordKinds() {
        return Arrays.stream(values()).map(PublicSection::recordKind).filter(k -> k != null).toList();
    }
}
