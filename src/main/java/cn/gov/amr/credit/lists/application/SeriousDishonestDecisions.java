package cn.gov.amr.credit.lists.application;

import cn.gov.amr.credit.ingestion.CreditRecord;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.lists.DishonestField;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.ProposalAction;
import cn.gov.amr.credit.lists.Removal;
import cn.gov.amr.credit.lists.RemovalDecision;
import cn.gov.amr.credit.lists.RemovalKind;
import cn.gov.amr.credit.lists.SeriousDishonestDecision;
import cn.gov.amr.credit.lists.infrastructure.ListingStore;
import cn.gov.amr.credit.lists.infrastructure.NewListing;
import cn.gov.amr.credit.lists.infrastructure.ProposalStore;
import cn.gov.amr.credit.lists.model.ListTiming;
import cn.gov.amr.credit.lists.model.ListingEligibility;
import cn.gov.amr.credit.lists.model.ListingFacts;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * Decisions on the serious illegal and dishonest list (2021 measures): a listing for a heavy penalty, with
 * its field and the penalty's document number (stored as given, linked to the aggregated penalty record
 * with that number when there is one), or the move of an enterprise three full years on the abnormal list
 * (field {@code ABNORMAL_LIST_THREE_YEARS}, naming that listing); removal by decision, or early after credit
 * repair once a year has passed.
 */
@Component
class SeriousDishonestDecisions {

    private final DecisionSupport support;
    private final ListingStore listings;
    private final ProposalStore proposals;
    private final CreditRecords records;
    private final ListTiming timing;

    SeriousDishonestDecisions(DecisionSupport support, ListingStore listings, ProposalStore proposals,
                              CreditRecords records, ListSettings settings) {
        this.support = support;
        this.listings = listings;
        this.proposals = proposals;
        this.records = records;
        this.timing = settings.timing();
    }

    Listing list(SeriousDishonestDecision d) {
        boolean move = d.field() == DishonestField.ABNORMAL_LIST_THREE_YEARS;
        var fields = support.fields().required("code", d.code()).required("field", d.field())
                .required("decidedOn", d.decidedOn()).text("documentNumber", d.documentNumber(), DecisionSupport.MAX_TEXT)
                .text("authority", d.authority(), DecisionSupport.MAX_TEXT);
        if (move) {
            fields.required("abnormalListingId", d.abnormalListingId());
        } else {
            fields.text("penaltyDocumentNumber", d.penaltyDocumentNumber(), DecisionSupport.MAX_TEXT);
        }
        fields.check();
        MarketEntity entity = support.entity(d.code());
        var facts = new ListingFacts(entity.kind(), entity.status(), entity.establishedOn(), java.util.Set.of(),
                d.decidedOn(), support.today());
        ListingEligibility.refuse(ListKind.SERIOUS_DISHONEST, facts).ifPresent(code -> {
            throw DecisionSupport.unprocessable(code, entity.code());
        });
        support.requireJurisdiction(entity.jurisdiction());
        Long abnormalId = move ? checkedMove(entity, d) : null;
        String document = d.documentNumber().strip();
        if (listings.documentUsed(entity.code(), ListKind.SERIOUS_DISHONEST, d.field().name(), document)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "DOCUMENT_NUMBER_USED", document);
        }
        String penaltyDocument = move ? null : d.penaltyDocumentNumber().strip();
        Long penaltyRecord = move ? null : penaltyRecord(entity.code(), penaltyDocument);
        long id = listings.insert(new NewListing(ListKind.SERIOUS_DISHONEST, entity.code(), entity.name(), entity.kind(),
                entity.jurisdiction(), d.field().name(), d.decidedOn(), document, d.authority().strip(),
                d.proposalId() == null ? null : "proposal:" + d.proposalId(), null, penaltyDocument, penaltyRecord,
                abnormalId, null, support.caller().name(), support.clock().instant()));
        proposals.closeDecided(entity.code(), ListKind.SERIOUS_DISHONEST, ProposalAction.LISTING, d.field().name(),
                abnormalId, id, support.caller().name(), support.clock().instant());
        return support.listed(id, ListAuditActions.LISTED);
    }

    /** The abnormal listing a three-year move names: the same enterprise's, in force, its years full by the decision. */
    private Long checkedMove(MarketEntity entity, SeriousDishonestDecision d) {
        Listing abnormal = listings.find(d.abnormalListingId())
                .filter(l -> l.list() == ListKind.ABNORMAL && l.entityCode().equals(entity.code()))
                .orElseThrow(() -> DecisionSupport.unprocessable("ABNORMAL_LISTING_MISMATCH", d.abnormalListingId()));
        if (!abnormal.inForceOn(d.decidedOn())) {
            throw DecisionSupport.unprocessable("ABNORMAL_LISTING_REMOVED", abnormal.id());
        }
        if (!timing.abnormalYearsPassed(abnormal.decidedOn(), d.decidedOn())) {
            throw DecisionSupport.unprocessable("THREE_YEARS_NOT_REACHED", timing.abnormalYearsReached(abnormal.decidedOn()));
        }
        boolean movedBefore = listings.ofEntity(entity.code()).stream().anyMatch(l -> l.list() == ListKind.SERIOUS_DISHONEST
                && abnormal.id() == (l.abnormalListingId() == null ? -1 : l.abnormalListingId()));
        if (movedBefore) {
            throw new Refusal(Refusal.Kind.CONFLICT, "ALREADY_MOVED", abnormal.id());
        }
        return abnormal.id();
    }

    private Long penaltyRecord(String entityCode, String documentNumber) {
        return records.of(entityCode).stream()
                .filter(r -> r.kind() == RecordKind.PENALTY && r.documentNumber() != null
                        && r.documentNumber().strip().equals(documentNumber))
                .map(CreditRecord::id).findFirst().orElse(null);
    }

    Listing remove(long id, RemovalDecision d, boolean early) {
        Listing listing = support.listing(ListKind.SERIOUS_DISHONEST, id);
        support.fields().text("reason", d.reason(), DecisionSupport.MAX_REASON).required("decidedOn", d.decidedOn())
                .text("documentNumber", d.documentNumber(), DecisionSupport.MAX_TEXT).check();
        support.requireJurisdiction(listing.jurisdiction());
        if (listing.removal() != null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "ALREADY_REMOVED", id);
        }
        if (d.decidedOn().isBefore(listing.decidedOn())) {
            throw DecisionSupport.unprocessable("REMOVAL_BEFORE_LISTING", listing.decidedOn());
        }
        if (d.decidedOn().isAfter(support.today())) {
            throw DecisionSupport.unprocessable("DECIDED_IN_FUTURE");
        }
        if (early && !timing.earlyRemovalAllowed(listing.decidedOn(), d.decidedOn())) {
            throw DecisionSupport.unprocessable("EARLY_REMOVAL_TOO_SOON",
                    listing.decidedOn().plusYears(timing.earlyRemovalYears()));
        }
        var removal = new Removal(early ? RemovalKind.CREDIT_REPAIR : RemovalKind.DECISION, d.decidedOn(),
                d.documentNumber().strip(), d.reason().strip(), support.caller().name(), support.clock().instant());
        return support.remove(listing, removal, ListAuditActions.REMOVED);
    }
}
