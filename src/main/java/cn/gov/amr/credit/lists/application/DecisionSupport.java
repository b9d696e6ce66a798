package cn.gov.amr.credit.lists.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.Caller;
import cn.gov.amr.credit.identity.Callers;
import cn.gov.amr.credit.lists.EntityListed;
import cn.gov.amr.credit.lists.EntityRemoved;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Removal;
import cn.gov.amr.credit.lists.RemovalKind;
import cn.gov.amr.credit.lists.infrastructure.ListingStore;
import cn.gov.amr.credit.lists.infrastructure.ProposalStore;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every list decision does alike: the jurisdiction check, the checks of the decision's text
 * fields, the audit entry and the event; and the automatic removals the platform makes itself.
 */
@Component
class DecisionSupport {

    static final int MAX_TEXT = 100;
    static final int MAX_REASON = 500;
    /** Who the platform's own automatic decisions are recorded as. */
    static final String SYSTEM = "system:lists";

    private final Registry registry;
    private final Callers callers;
    private final ListingStore listings;
    private final ProposalStore proposals;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionSupport(Registry registry, Callers callers, ListingStore listings, ProposalStore proposals, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.registry = registry;
        this.callers = callers;
        this.listings = listings;
        this.proposals = proposals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LegalTime.today(clock);
    }

    Clock clock() {
        return clock;
    }

    Caller caller() {
        return callers.current();
    }

    MarketEntity entity(String code) {
        if (code == null || code.isBlank()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_DECISION", List.of(new FieldProblem("$.code", "REQUIRED")));
        }
        return registry.find(code);
    }

    /** Refuses (403) a decision on an entity outside the caller's jurisdiction. */
    void requireJurisdiction(String entityJurisdiction) {
        Caller caller = caller();
        if (!caller.mayChangeIn(entityJurisdiction)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "OUTSIDE_JURISDICTION", nameOf(caller.jurisdiction()),
                    nameOf(entityJurisdiction));
        }
    }

    /** The Chinese name of a jurisdiction (its code if unknown, "—" if none). */
    String nameOf(String jurisdiction) {
        if (jurisdiction == null) {
            return "—";
        }
        return registry.jurisdictions().stream().filter(j -> j.code().equals(jurisdiction)).findFirst()
                .map(j -> j.nameZh()).orElse(jurisdiction);
    }

    /** Collects the problems of a decision's fields; {@link #check()} refuses (400) if there are any. */
    final class Fields {
        private final List<FieldProblem> problems = new ArrayList<>();

        Fields required(String field, Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                problems.add(new FieldProblem("$." + field, "REQUIRED"));
            }
            return this;
        }

        Fields text(String field, String value, int max) {
            required(field, value);
            if (value != null && value.strip().length() > max) {
                problems.add(new FieldProblem("$." + field, "TOO_LONG", List.of(max)));
            }
            return this;
        }

        void check() {
            if (!problems.isEmpty()) {
                throw new Refusal(Refusal.Kind.INVALID, "INVALID_DECISION", problems);
            }
        }
    }

    Fields fields() {
        return new Fields();
    }

    static Refusal unprocessable(String code, Object... arguments) {
        return new Refusal(Refusal.Kind.UNPROCESSABLE, code, arguments);
    }

    /** The listing, which must be on {@code list} (404 otherwise). */
    Listing listing(ListKind list, long id) {
        return listings.find(id).filter(l -> l.list() == list)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "LISTING_NOT_FOUND", id));
    }

    /** Audits and publishes a listing just stored. */
    Listing listed(long id, String action) {
        Listing listing = listings.find(id).orElseThrow();
        audit.record(action, listing.entityCode(), details(listing));
        events.publishEvent(new EntityListed(listing.id(), listing.list(), listing.entityCode(), listing.ground()));
        return listing;
    }

    /** Stores a removal of a listing in force (409 if it was removed meanwhile), audits and publishes it. */
    Listing remove(Listing listing, Removal removal, String action) {
        if (!listings.remove(listing.id(), removal)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "ALREADY_REMOVED", listing.id());
        }
        proposals.closeAbout(listing.id(), removal.decidedBy(), removal.decidedAt());
        Listing removed = listings.find(listing.id()).orElseThrow();
        var details = details(removed);
        details.put("removal", removal.kind().name());
        details.put("removedOn", removal.decidedOn().toString());
        if (removal.documentNumber() != null) {
            details.put("removalDocument", removal.documentNumber());
        }
        if (removal.decidedBy().equals(SYSTEM)) {
            audit.record(cn.gov.amr.credit.audit.Actor.system(), action, removed.entityCode(), details);
        } else {
            audit.record(action, removed.entityCode(), details);
        }
        events.publishEvent(new EntityRemoved(removed.id(), removed.list(), removed.entityCode(), removal.kind()));
        return removed;
    }

    /** Removes a listing by the platform's own rule (deregistration, the end of its years), on {@code on}. */
    Listing removeAutomatically(Listing listing, RemovalKind kind, LocalDate on) {
        return remove(listing, new Removal(kind, on, null, null, SYSTEM, clock.instant()), ListAuditActions.REMOVED);
    }

    private static Map<String, String> details(Listing listing) {
        var details = new LinkedHashMap<String, String>();
        details.put("listingId", Long.toString(listing.id()));
        details.put("list", listing.list().name());
        details.put("ground", listing.ground());
        details.put("decidedOn", listing.decidedOn().toString());
        details.put("document", listing.documentNumber());
        details.put("authority", listing.authority());
        return details;
    }
}
