package cn.gov.amr.credit.lists.application;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.DishonestField;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.ManualProposal;
import cn.gov.amr.credit.lists.Proposal;
import cn.gov.amr.credit.lists.ProposalAction;
import cn.gov.amr.credit.lists.ProposalSource;
import cn.gov.amr.credit.lists.infrastructure.NewProposal;
import cn.gov.amr.credit.lists.infrastructure.ProposalStore;
import cn.gov.amr.credit.lists.model.ListTiming;
import cn.gov.amr.credit.lists.model.ListingEligibility;
import cn.gov.amr.credit.lists.model.ListingFacts;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * An officer's own proposals: the ground decides the list (an abnormal-list ground the abnormal list, or the
 * abnormal state for an individual business; a field the serious dishonest list, except the three-year move,
 * which the daily job proposes with its listing), checked like a decision (who may be on the list, the
 * jurisdiction), due within the listing period of the day the ground arose.
 */
@Component
class ManualProposals {

    static final int MAX_NOTE = 200;
    private final DecisionSupport support;
    private final ProposalRaiser raiser;
    private final ProposalStore proposals;
    private final AuditLog audit;
    private final ListTiming timing;

    ManualProposals(DecisionSupport support, ProposalRaiser raiser, ProposalStore proposals, AuditLog audit,
                    ListSettings settings) {
        this.support = support;
        this.raiser = raiser;
        this.proposals = proposals;
        this.audit = audit;
        this.timing = settings.timing();
    }

    Proposal propose(ManualProposal p) {
        var fields = support.fields().required("code", p.code()).required("ground", p.ground())
                .required("aroseOn", p.aroseOn());
        if (p.note() != null) {
            fields.text("note", p.note(), MAX_NOTE);
        }
        fields.check();
        MarketEntity entity = support.entity(p.code());
        ListKind list = listOf(p.ground(), entity);
        var facts = new ListingFacts(entity.kind(), entity.status(), entity.establishedOn(), java.util.Set.of(),
                p.aroseOn(), support.today());
        ListingEligibility.refuse(list, facts).ifPresent(code -> {
            throw DecisionSupport.unprocessable(code, entity.code());
        });
        support.requireJurisdiction(entity.jurisdiction());
        String occasion = "MAN:" + entity.code() + ":" + p.ground() + ":" + p.aroseOn();
        var raised = new NewProposal(list, ProposalAction.LISTING, entity.code(), entity.name(), entity.jurisdiction(),
                p.ground(), null, p.aroseOn(), timing.listingDue(p.aroseOn(), raiser.days()), ProposalSource.MANUAL,
                p.note() == null || p.note().isBlank() ? null : p.note().strip(), occasion);
        if (raiser.raise(List.of(raised)) == 0) {
            throw new Refusal(Refusal.Kind.CONFLICT, "PROPOSAL_EXISTS", entity.code(), p.aroseOn());
        }
        Proposal proposal = proposals.findByOccasion(occasion, support.today()).orElseThrow();
        audit.record(ListAuditActions.PROPOSED, entity.code(), Map.of("proposalId", Long.toString(proposal.id()),
                "list", list.name(), "ground", p.ground(), "aroseOn", p.aroseOn().toString()));
        return proposal;
    }

    private static ListKind listOf(String ground, MarketEntity entity) {
        if (name(AbnormalGround.values(), ground).isPresent()) {
            return ListingEligibility.abnormalListOf(entity.kind())
                    .orElseThrow(() -> DecisionSupport.unprocessable("KIND_NOT_LISTED", entity.code()));
        }
        var field = name(DishonestField.values(), ground);
        if (field.isPresent() && field.get() != DishonestField.ABNORMAL_LIST_THREE_YEARS) {
            return ListKind.SERIOUS_DISHONEST;
        }
        throw new Refusal(Refusal.Kind.INVALID, "INVALID_DECISION", List.of(new FieldProblem("$.ground",
                "GROUND_UNKNOWN", List.of(ground))));
    }

    private static <E extends Enum<E>> Optional<E> name(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name.strip())).findFirst();
    }
}
