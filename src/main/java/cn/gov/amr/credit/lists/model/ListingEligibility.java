package cn.gov.amr.credit.lists.model;

import java.util.Optional;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;

/**
 * Who may be put on which list, checked before anything else (before the ground's rule and before the
 * one-per-ground-per-year rule): enterprises and cooperatives go on the abnormal-operations list,
 * individual businesses are only ever marked abnormal (DOMAIN §7); a deregistered or moved-out entity is
 * listed nowhere; a decision is not dated in the future nor before the entity existed. Each refusal is a
 * code (message {@code problem.<code>}), answered as 422.
 */
public final class ListingEligibility {

    private ListingEligibility() {
    }

    public static Optional<String> refuse(ListKind list, ListingFacts facts) {
        var kind = kindRefusal(list, facts.kind());
        if (kind.isPresent()) {
            return kind;
        }
        if (facts.status() == EntityStatus.DEREGISTERED || facts.status() == EntityStatus.MOVED_OUT) {
            return Optional.of("ENTITY_NOT_ACTIVE");
        }
        if (facts.decidedOn().isAfter(facts.today())) {
            return Optional.of("DECIDED_IN_FUTURE");
        }
        if (facts.establishedOn() != null && facts.decidedOn().isBefore(facts.establishedOn())) {
            return Optional.of("DECIDED_BEFORE_ESTABLISHMENT");
        }
        return Optional.empty();
    }

    private static Optional<String> kindRefusal(ListKind list, EntityKind kind) {
        return switch (list) {
            case ABNORMAL -> kind == EntityKind.INDIVIDUAL_BUSINESS ? Optional.of("INDIVIDUAL_BUSINESS_NOT_LISTED")
                    : kind == EntityKind.ENTERPRISE || kind == EntityKind.COOPERATIVE ? Optional.empty()
                    : Optional.of("KIND_NOT_LISTED");
            case ABNORMAL_STATE -> kind == EntityKind.INDIVIDUAL_BUSINESS ? Optional.empty()
                    : Optional.of("ONLY_INDIVIDUAL_BUSINESS_MARKED");
            case SERIOUS_DISHONEST -> Optional.empty();
        };
    }

    /** The list an entity of this kind goes on for an abnormal-list ground: the list, or the abnormal state. */
    public static Optional<ListKind> abnormalListOf(EntityKind kind) {
        return switch (kind) {
            case ENTERPRISE, COOPERATIVE -> Optional.of(ListKind.ABNORMAL);
            case INDIVIDUAL_BUSINESS -> Optional.of(ListKind.ABNORMAL_STATE);
            case OTHER -> Optional.empty();
        };
    }
}
