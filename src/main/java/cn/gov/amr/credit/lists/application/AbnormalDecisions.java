package cn.gov.amr.credit.lists.application;

import java.time.LocalDate;

import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.AbnormalListingDecision;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.ProposalAction;
import cn.gov.amr.credit.lists.Removal;
import cn.gov.amr.credit.lists.RemovalDecision;
import cn.gov.amr.credit.lists.RemovalKind;
import cn.gov.amr.credit.lists.infrastructure.ListingStore;
import cn.gov.amr.credit.lists.infrastructure.NewListing;
import cn.gov.amr.credit.lists.infrastructure.ProposalStore;
import cn.gov.amr.credit.lists.model.GroundRules;
import cn.gov.amr.credit.lists.model.ListTiming;
import cn.gov.amr.credit.lists.model.ListingEligibility;
import cn.gov.amr.credit.lists.model.ListingFacts;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Decisions on the abnormal-operations list (enterprises, cooperatives) and on the abnormal state
 * (individual businesses): the same grounds and rules, checked in this order: the fields, who may be on
 * which list ({@link ListingEligibility}: an individual business is never listed, 422), the jurisdiction,
 * the ground's rule, then one listing per ground per year and one use of a document number (409).
 */
@Component
class AbnormalDecisions {

    private final DecisionSupport support;
    private final ListingStore listings;
    private final ProposalStore proposals;
    private final FiledYears filed;
    private final GroundRules rules;
    private final ListTiming timing;

    AbnormalDecisions(DecisionSupport support, ListingStore listings, ProposalStore proposals, FiledYears filed,
                      ListSettings settings) {
        this.support = support;
        this.listings = listings;
        this.proposals = proposals;
        this.filed = filed;
        this.rules = new GroundRules(settings.schedule(), settings.nameGroundSince());
        this.timing = settings.timing();
    }

    Listing list(ListKind list, AbnormalListingDecision d) {
        var fields = support.fields().required("code", d.code()).required("ground", d.ground())
                .required("decidedOn", d.decidedOn()).text("documentNumber", d.documentNumber(), DecisionSupport.MAX_TEXT);
        if (d.authority() != null) {
            fields.text("authority", d.authority(), DecisionSupport.MAX_TEXT);
        }
        fields.check();
        MarketEntity entity = support.entity(d.code());
        var facts = facts(entity, d.decidedOn());
        ListingEligibility.refuse(list, facts).ifPresent(code -> {
            throw DecisionSupport.unprocessable(code, entity.code());
        });
        support.requireJurisdiction(entity.jurisdiction());
        var rule = rules.of(d.ground());
        rule.refuseListing(facts).ifPresent(code -> {
            throw DecisionSupport.unprocessable(code, entity.code());
        });
        String document = d.documentNumber().strip();
        if (listings.listedInYear(entity.code(), list, d.ground().name(), d.decidedOn().getYear())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "ALREADY_LISTED_THIS_YEAR", entity.code(), d.decidedOn().getYear());
        }
        if (listings.documentUsed(entity.code(), list, d.ground().name(), document)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "DOCUMENT_NUMBER_USED", document);
        }
        String authority = d.authority() == null || d.authority().isBlank()
                ? support.nameOf(entity.jurisdiction()) : d.authority().strip();
        LocalDate objectionUntil = list == ListKind.ABNORMAL_STATE ? timing.objectionUntil(d.decidedOn()) : null;
        long id;
        try {
            id = listings.insert(new NewListing(list, entity.code(), entity.name(), entity.kind(), entity.jurisdiction(),
                    d.ground().name(), d.decidedOn(), document, authority, basis(d), rule.reportYear(facts), null, null,
                    null, objectionUntil, support.caller().name(), support.clock().instant()));
        } catch (DuplicateKeyException race) {
            throw new Refusal(Refusal.Kind.CONFLICT, "ALREADY_LISTED_THIS_YEAR", entity.code(), d.decidedOn().getYear());
        }
        proposals.closeDecided(entity.code(), list, ProposalAction.LISTING, d.ground().name(), null, id,
                support.caller().name(), support.clock().instant());
        return support.listed(id, ListAuditActions.LISTED);
    }

    Listing remove(ListKind list, long id, RemovalDecision d) {
        Listing listing = support.listing(list, id);
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
        MarketEntity entity = support.entity(listing.entityCode());
        rules.of(AbnormalGround.valueOf(listing.ground()))
                .refuseRemoval(facts(entity, d.decidedOn()), listings.reportYear(id))
                .ifPresent(code -> {
                    throw DecisionSupport.unprocessable(code, listing.entityCode());
                });
        var removal = new Removal(RemovalKind.DECISION, d.decidedOn(), d.documentNumber().strip(), d.reason().strip(),
                support.caller().name(), support.clock().instant());
        return support.remove(listing, removal, ListAuditActions.REMOVED);
    }

    private ListingFacts facts(MarketEntity entity, LocalDate decidedOn) {
        return new ListingFacts(entity.kind(), entity.status(), entity.establishedOn(), filed.of(entity.code()),
                decidedOn, support.today());
    }

    private static String basis(AbnormalListingDecision d) {
        return d.proposalId() == null ? null : "proposal:" + d.proposalId();
    }
}
