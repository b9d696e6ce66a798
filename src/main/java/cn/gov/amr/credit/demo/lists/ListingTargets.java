package cn.gov.amr.credit.demo.lists;

/**
 * How many listings the demo decides in the year: enterprises on the abnormal-operations list, individual
 * businesses marked abnormal, the share of them removed or restored again (per mille), the least share of
 * the enterprises' listings on grounds other than unfiled annual reports (per mille), and serious dishonest
 * listings at most (as many as the demo's heavy penalties allow).
 */
record ListingTargets(int enterprises, int individuals, int removedPerMille, int otherGroundsPerMille,
                      int seriousDishonest) {

    /** The seed's year (DOMAIN §2): 621 listings, 401 enterprises and 220 individual businesses. */
    static final ListingTargets SEED = new ListingTargets(401, 220, 200, 200, 3);

    ListingTargets {
        if (enterprises < 0 || individuals < 0 || seriousDishonest < 0) {
            throw new IllegalArgumentException("negative listings");
        }
        if (removedPerMille < 0 || removedPerMille > 1000 || otherGroundsPerMille < 0 || otherGroundsPerMille > 1000) {
            throw new IllegalArgumentException("a share outside 0–1000 per mille");
        }
    }

    /** At most this many enterprise listings for unfiled annual reports. */
    int annualReportListingsAtMost() {
        return enterprises - (int) Math.ceil(enterprises * otherGroundsPerMille / 1000.0);
    }
}
