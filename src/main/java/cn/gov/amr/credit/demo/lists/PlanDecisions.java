package cn.gov.amr.credit.demo.lists;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.lists.AbnormalListingDecision;
import cn.gov.amr.credit.lists.AnnualReportCompliance;
import cn.gov.amr.credit.lists.ListDecisions;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.RemovalDecision;
import cn.gov.amr.credit.lists.SeriousDishonestDecision;

/**
 * Makes the planned decisions through the lists' own operations ({@link ListDecisions}), in order of
 * decision date: the listings and markings, then the removals and restorations (a late annual report
 * entered as filed before its listing is removed), then the serious dishonest listings.
 */
final class PlanDecisions {

    private final ListDecisions decisions;
    private final AnnualReportCompliance compliance;

    PlanDecisions(ListDecisions decisions, AnnualReportCompliance compliance) {
        this.decisions = decisions;
        this.compliance = compliance;
    }

    /** What was decided: listings, markings, removals and restorations, serious dishonest listings. */
    record Decided(int listings, int markings, int removals, int restorations, int seriousDishonest) {
    }

    Decided apply(List<PlannedListing> plan, List<PlannedDishonestListing> dishonest, int reportYear) {
        var ordered = plan.stream().sorted(Comparator.comparing(PlannedListing::decidedOn)).toList();
        Map<PlannedListing, Listing> listed = new HashMap<>();
        int listings = 0;
        int markings = 0;
        for (PlannedListing p : ordered) {
            var decision = new AbnormalListingDecision(p.code(), p.ground(), p.decidedOn(), p.documentNumber(),
                    p.authority(), p.proposalId());
            if (p.list() == ListKind.ABNORMAL) {
                listed.put(p, decisions.listAbnormal(decision));
                listings++;
            } else {
                listed.put(p, decisions.markAbnormalState(decision));
                markings++;
            }
        }
        int removals = 0;
        int restorations = 0;
        var removed = ordered.stream().filter(p -> p.removal() != null)
                .sorted(Comparator.comparing(p -> p.removal().decidedOn())).toList();
        for (PlannedListing p : removed) {
            var r = p.removal();
            if (r.filedOn() != null) {
                compliance.enterFiling(p.code(), reportYear, r.filedOn());
            }
            var decision = new RemovalDecision(r.reason(), r.decidedOn(), r.documentNumber());
            if (p.list() == ListKind.ABNORMAL) {
                decisions.removeAbnormal(listed.get(p).id(), decision);
                removals++;
            } else {
                decisions.restore(listed.get(p).id(), decision);
                restorations++;
            }
        }
        for (PlannedDishonestListing d : dishonest) {
            decisions.listSeriousDishonest(new SeriousDishonestDecision(d.code(), d.field(), d.decidedOn(),
                    d.documentNumber(), d.authority(), d.penaltyDocumentNumber(), null, null));
        }
        return new Decided(listings, markings, removals, restorations, dishonest.size());
    }
}
