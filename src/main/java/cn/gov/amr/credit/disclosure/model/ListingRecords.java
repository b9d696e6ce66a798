package cn.gov.amr.credit.disclosure.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.ListMarks;
import cn.gov.amr.credit.lists.Listing;

/**
 * How a listing looks to the public (DOMAIN §7, §10), or that it is not public on a day
 * ({@link ListingPublicity}): a {@link PublicRecord} named by an opaque id (never the listing's number, which
 * would reveal how many listings exist), with the decision's document number, day and authority, and these
 * fields: for the abnormal-operations list and the abnormal state which of the two ({@code list} and its
 * Chinese {@code listLabel}), the ground's code and Chinese label, and, when the policy shows removed
 * listings, the removal's day, reason and document number; for the serious illegal and dishonest list the
 * field's code and label and the heavy penalty's document number. Every text masked.
 */
public final class ListingRecords {

    /** The fields of an item of {@code abnormalListings}, in order (also the columns of its bulk file). */
    public static final List<String> ABNORMAL_FIELDS = List.of("list", "listLabel", "ground", "groundLabel",
            "removedOn", "removalReason", "removalDocumentNumber");
    /** The fields of an item of {@code seriousDishonestListings}, in order. */
    public static final List<String> SERIOUS_DISHONEST_FIELDS = List.of("field", "fieldLabel",
            "penaltyDocumentNumber");

    private final OpaqueNames names;
    private final Function<String, String> messages;
    private final boolean hideRemovedAbnormal;

    /**
     * @param messages            a message key's Chinese text, or null if there is none (the code is shown then)
     * @param hideRemovedAbnormal the policy for removed abnormal listings ({@link ListingPublicity})
     */
    public ListingRecords(OpaqueNames names, Function<String, String> messages, boolean hideRemovedAbnormal) {
        this.names = names;
        this.messages = messages;
        this.hideRemovedAbnormal = hideRemovedAbnormal;
    }

    /** The section a listing of this list is shown in. */
    public static PublicSection sectionOf(ListKind list) {
        return list == ListKind.SERIOUS_DISHONEST ? PublicSection.SERIOUS_DISHONEST_LISTINGS
                : PublicSection.ABNORMAL_LISTINGS;
    }

    /**
     * An entity's list marks on {@code day} from its listings: in force on an abnormal list (the list or the
     * state) or on the serious dishonest list. Marks do not depend on the publicity policy (a removed listing
     * is not in force).
     */
    public static ListMarks marksOf(Iterable<Listing> listings, LocalDate day) {
        boolean abnormal = false;
        boolean seriouslyDishonest = false;
        for (Listing listing : listings) {
            if (listing.inForceOn(day)) {
                abnormal |= listing.list() != ListKind.SERIOUS_DISHONEST;
                seriouslyDishonest |= listing.list() == ListKind.SERIOUS_DISHONEST;
            }
        }
        return abnormal || seriouslyDishonest ? new ListMarks(abnormal, seriouslyDishonest) : ListMarks.NONE;
    }

    /** The public id of a listing: opaque, stable, the same on every surface. */
    public String idOf(Listing listing) {
        return names.listing(listing.list().name(), listing.id());
    }

    /** The listing as shown on {@code today}, masked; empty when it is not public that day. */
    public Optional<PublicRecord> of(Listing listing, LocalDate today, ObjectedRecords objected) {
        if (!ListingPublicity.shown(listing, today, hideRemovedAbnormal)) {
            return Optional.empty();
        }
        var fields = new LinkedHashMap<String, String>();
        if (listing.list() == ListKind.SERIOUS_DISHONEST) {
            put(fields, "field", listing.ground());
            put(fields, "fieldLabel", label("lists.field.", listing.ground()));
            put(fields, "penaltyDocumentNumber", listing.penaltyDocumentNumber());
        } else {
            put(fields, "list", listing.list().name());
            put(fields, "listLabel", label("disclosure.list.", listing.list().name()));
            put(fields, "ground", listing.ground());
            put(fields, "groundLabel", label("lists.ground.", listing.ground()));
            if (ListingPublicity.removedBy(listing, today)) {
                putRemoval(fields, listing);
            }
        }
        String id = idOf(listing);
        return Optional.of(new PublicRecord(id, listing.documentNumber(), listing.decidedOn(), listing.authority(),
                fields, null, objected.contains(id, null)).masked());
    }

    private static void putRemoval(Map<String, String> fields, Listing listing) {
        var removal = listing.removal();
        put(fields, "removedOn", removal.decidedOn().toString());
        put(fields, "removalReason", removal.reason());
        put(fields, "removalDocumentNumber", removal.documentNumber());
    }

    private String label(String prefix, String code) {
        if (code == null) {
            return null;
        }
        String text = messages.apply(prefix + code);
        return text == null ? code : text;
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }
}
