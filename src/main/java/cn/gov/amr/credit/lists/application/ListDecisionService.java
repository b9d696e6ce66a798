package cn.gov.amr.credit.lists.application;

import java.util.Map;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.lists.AbnormalListingDecision;
import cn.gov.amr.credit.lists.DailyListsResult;
import cn.gov.amr.credit.lists.ListDecisions;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.ManualProposal;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Proposal;
import cn.gov.amr.credit.lists.RemovalDecision;
import cn.gov.amr.credit.lists.SeriousDishonestDecision;
import cn.gov.amr.credit.lists.infrastructure.ProposalStore;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists' decisions ({@link ListDecisions}), each in one transaction with its audit entry and event. */
@Service
class ListDecisionService implements ListDecisions {

    private final AbnormalDecisions abnormal;
    private final ManualProposals manual;
    private final SeriousDishonestDecisions serious;
    private final DailyLists daily;
    private final ProposalStore proposals;
    private final DecisionSupport support;
    private final AuditLog audit;

    ListDecisionService(AbnormalDecisions abnormal, ManualProposals manual, SeriousDishonestDecisions serious, DailyLists daily,
                        ProposalStore proposals, DecisionSupport support, AuditLog audit) {
        this.abnormal = abnormal;
        this.manual = manual;
        this.serious = serious;
        this.daily = daily;
        this.proposals = proposals;
        this.support = support;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Listing listAbnormal(AbnormalListingDecision decision) {
        return abnormal.list(ListKind.ABNORMAL, decision);
    }

    @Override
    @Transactional
    public Listing removeAbnormal(long id, RemovalDecision decision) {
        return abnormal.remove(ListKind.ABNORMAL, id, decision);
    }

    @Override
    @Transactional
    public Listing markAbnormalState(AbnormalListingDecision decision) {
        return abnormal.list(ListKind.ABNORMAL_STATE, decision);
    }

    @Override
    @Transactional
    public Listing restore(long id, RemovalDecision decision) {
        return abnormal.remove(ListKind.ABNORMAL_STATE, id, decision);
    }

    @Override
    @Transactional
    public Listing listSeriousDishonest(SeriousDishonestDecision decision) {
        return serious.list(decision);
    }

    @Override
    @Transactional
    public Listing removeSeriousDishonest(long id, RemovalDecision decision) {
        return serious.remove(id, decision, false);
    }

    @Override
    @Transactional
    public Listing removeEarly(long id, RemovalDecision decision) {
        return serious.remove(id, decision, true);
    }

    @Override
    @Transactional
    public Proposal propose(ManualProposal proposal) {
        return manual.propose(proposal);
    }

    @Override
    @Transactional
    public Proposal dismiss(long proposalId, String reason) {
        var today = support.today();
        Proposal proposal = proposals.find(proposalId, today)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "PROPOSAL_NOT_FOUND", proposalId));
        support.fields().text("reason", reason, DecisionSupport.MAX_REASON).check();
        support.requireJurisdiction(proposal.jurisdiction());
        if (!proposals.dismiss(proposalId, reason.strip(), support.caller().name(), support.clock().instant())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "PROPOSAL_CLOSED", proposalId);
        }
        audit.record(ListAuditActions.PROPOSAL_DISMISSED, proposal.entityCode(),
                Map.of("proposalId", Long.toString(proposalId), "list", proposal.list().name(), "ground", proposal.ground()));
        return proposals.find(proposalId, today).orElseThrow();
    }

    @Override
    public DailyListsResult runDaily() {
        DailyListsResult result = daily.run();
        audit.record(ListAuditActions.DAILY_RUN, "lists", Map.of("proposalsRaised", Integer.toString(result.proposalsRaised()),
                "removed", Integer.toString(result.removed())));
        return result;
    }
}
