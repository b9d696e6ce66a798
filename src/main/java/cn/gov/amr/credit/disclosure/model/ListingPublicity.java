package cn.gov.amr.credit.disclosure.model;

import java.time.LocalDate;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;

/**
 * Whether a listing is public on a day (DOMAIN §7): from the day of its listing decision. Once removed, an
 * abnormal-operations listing or an abnormal-state marking is shown only if the policy still shows removed
 * listings (since 2025 it does not, by default); a serious illegal and dishonest listing is public while in
 * force only (a removed one is no longer published, whatever the policy). The report, the bulk file and
 * anything else public apply this one rule.
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

    /**
     * Whether {@code listing} is public on {@code today}.
     *
     * @param hideRemovedAbnormal the policy for removed abnormal listings and restored abnormal-state markings
     */
    public static boolean shown(Listing listing, LocalDate today, boolean hideRemovedAbnormal) {
        boolean hideRemoved = listing.list() == ListKind.SERIOUS_DISHONEST || hideRemovedAbnormal;
        return shown(today, listing.decidedOn(), listing.removal() == null ? null : listing.removal().decidedOn(),
                hideRemoved);
    }

    /** Whether a shown listing is shown as removed on {@code today} (the policy shows removed ones). */
    public static boolean removedBy(Listing listing, LocalDate today) {
        return listing.removal() != null && !listing.removal().decidedOn().isAfter(today);
    }
}
