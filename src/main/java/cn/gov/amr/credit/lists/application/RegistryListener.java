package cn.gov.amr.credit.lists.application;

import java.util.List;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.RemovalKind;
import cn.gov.amr.credit.lists.infrastructure.ListingStore;
import cn.gov.amr.credit.registry.EntityChanged;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.Registry;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deregistration removes an entity's listings (DOMAIN §7), within a second of the registry's change (the
 * daily job catches any it missed). Idempotent: only listings still in force are removed.
 */
@Component
class RegistryListener {

    private final Registry registry;
    private final ListingStore listings;
    private final DecisionSupport support;

    RegistryListener(Registry registry, ListingStore listings, DecisionSupport support) {
        this.registry = registry;
        this.listings = listings;
        this.support = support;
    }

    @ApplicationModuleListener
    void on(EntityChanged event) {
        if (registry.find(event.code()).status() != EntityStatus.DEREGISTERED) {
            return;
        }
        for (Listing l : listings.inForceOf(List.of(event.code()), List.of(ListKind.values()))) {
            support.removeAutomatically(l, RemovalKind.DEREGISTRATION, support.today());
        }
    }
}
