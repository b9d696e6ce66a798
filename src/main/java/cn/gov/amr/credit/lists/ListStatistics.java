package cn.gov.amr.credit.lists;

import java.util.List;

/**
 * Listings and removals of one year (decision dates in that year) on the abnormal list and in the
 * abnormal state together ({@code abnormal*}) and on the serious dishonest list, by month, entity kind,
 * ground and jurisdiction; {@code jurisdiction} null for the whole city.
 */
public record ListStatistics(int year, String jurisdiction, long listings, long removals, List<ListCount> byMonth,
                             List<ListCount> byKind, List<ListCount> byGround, List<ListCount> byJurisdiction,
                             long seriousDishonestListings, long seriousDishonestRemovals) {
}
