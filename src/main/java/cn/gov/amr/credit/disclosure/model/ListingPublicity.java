package cn.gov.amr.credit.disclosure.model;

import java.time.LocalDate;

/**
 * Whether an abnormal-operations listing is public on a day (DOMAIN §7): from its listing date; once
 * removed, only if the policy still shows removed listings (since 2025 it does not, by default).
 * The lists capability will supply the listings; the rule is settled here so that the report, the
 * bulk file and the feed apply it alike.
 */
public final class ListingPublicity {

    private ListingPublicity() {
    }

    /**
     * @param listedOn      the day of the listing decision
     * @param removedOn     the day of the removal decision, or null while listed
     * @param hideRemoved   the policy: removed listings are not shown
     */
    public static boolean shown(LocalDate today, LocalDate listedOn, LocalDate removedOn, boolean hideRemoved) {
        if (listedOn == null || listedOn.isAfter(today)) {
            return false;
        }
        boolean removed = removedOn != null && !removedOn.isAfter(today);
        return !removed || !hideRemoved;
    }
}
