package cn.gov.amr.credit.disclosure;

import java.util.List;

/**
 * The public credit report of an entity (contract: every array is always present, empty when there
 * is nothing to show). The two list sections fill once the lists capability exists. The internal
 * risk class is never part of it.
 */
public record PublicReport(PublicEntity entity, List<PublicRecord> annualReports, List<PublicRecord> inspections,
                           List<PublicRecord> licences, List<PublicRecord> penalties, List<PublicRecord> abnormalListings,
                           List<PublicRecord> seriousDishonestListings) {
}
