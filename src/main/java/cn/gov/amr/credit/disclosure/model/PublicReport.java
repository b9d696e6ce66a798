package cn.gov.amr.credit.disclosure.model;

import java.util.List;
import java.util.Map;


/**
 * The public credit report of an entity (contract: every array is always present, empty when there
 * is nothing to show). The two list sections fill once the lists capability exists. The internal
 * risk class is never part of it.
 */
public record PublicReport(PublicEntity entity, List<PublicRecord> annualReports, List<PublicRecord> inspections,
                           List<PublicRecord> licences, List<PublicRecord> penalties, List<PublicRecord> abnormalListings,
                           List<PublicRecord> seriousDishonestListings) {

    public static PublicReport of(PublicEntity entity, Map<PublicSection, List<PublicRecord>> sections) {
        return new PublicReport(entity, sections.get(PublicSection.ANNUAL_REPORTS),
                sections.get(PublicSection.INSPECTIONS), sections.get(PublicSection.LICENCES),
                sections.get(PublicSection.PENALTIES), sections.get(PublicSection.ABNORMAL_LISTINGS),
                sections.get(PublicSection.SERIOUS_DISHONEST_LISTINGS));
    }

    /**
     * The same report with every text passed through the public exit again (a report issued before the
     * masking grew stricter is shown masked as it would be today).
     */
    public PublicReport masked() {
        return new PublicReport(entity == null ? null : entity.masked(), masked(annualReports), masked(inspections),
                masked(licences), masked(penalties), masked(abnormalListings), masked(seriousDishonestListings));
    }

    private static List<PublicRecord> masked(List<PublicRecord> records) {
        return records == null ? List.of() : records.stream().map(PublicRecord::masked).toList();
    }

    /** The records of one section. */
    public List<PublicRecord> section(PublicSection section) {
        return switch (section) {
            case ANNUAL_REPORTS -> annualReports;
            case INSPECTIONS -> inspections;
            case LICENCES -> licences;
            case PENALTIES -> penalties;
            case ABNORMAL_LISTINGS -> abnormalListings;
            case SERIOUS_DISHONEST_LISTINGS -> seriousDishonestListings;
        };
    }
}
