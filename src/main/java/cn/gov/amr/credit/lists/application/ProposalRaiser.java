package cn.gov.amr.credit.lists.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.gov.amr.credit.calendar.WorkingCalendar;
import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.DishonestField;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.ProposalAction;
import cn.gov.amr.credit.lists.ProposalSource;
import cn.gov.amr.credit.lists.infrastructure.ListingStore;
import cn.gov.amr.credit.lists.infrastructure.NewProposal;
import cn.gov.amr.credit.lists.infrastructure.ProposalStore;
import cn.gov.amr.credit.lists.model.ListTiming;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.shared.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Raises proposals, each once per occasion (its key), with its deadline in working days from the day its
 * ground arose: listings for non-filers and for inspection results, removals once an annual-report ground
 * is remedied, moves to the serious dishonest list after three years on the abnormal list.
 */
@Component
class ProposalRaiser {

    private final ProposalStore proposals;
    private final ListingStore listings;
    private final FiledYears filed;
    private final WorkingCalendar calendar;
    private final ListTiming timing;
    private final DecisionSupport support;

    ProposalRaiser(ProposalStore proposals, ListingStore listings, FiledYears filed, WorkingCalendar calendar,
                   ListSettings settings, DecisionSupport support) {
        this.proposals = proposals;
        this.listings = listings;
        this.filed = filed;
        this.calendar = calendar;
        this.timing = settings.timing();
        this.support = support;
    }

    WorkingDays days() {
        return calendar.workingDays();
    }

    int raise(List<NewProposal> batch) {
        return proposals.raise(batch, support.clock().instant());
    }

    /** A listing proposal on an abnormal-list ground for the entity's list (the abnormal state for an individual business). */
    NewProposal listing(ListKind list, EntityIdentity entity, AbnormalGround ground, LocalDate arose,
                        ProposalSource source, String reference, String occasion, WorkingDays days) {
        return new NewProposal(list, ProposalAction.LISTING, entity.code(), entity.name(), entity.jurisdiction(),
                ground.name(), null, arose, timing.listingDue(arose, days), source, reference, occasion);
    }

    /** The proposal to remove an annual-report listing whose report ({@code reportYear}) is now filed. */
    NewProposal remedy(Listing l, int reportYear, WorkingDays days) {
        LocalDate today = support.today();
        return new NewProposal(l.list(), ProposalAction.REMOVAL, l.entityCode(), l.entityName(), l.jurisdiction(),
                l.ground(), l.id(), today, timing.removalDue(today, days), ProposalSource.REMEDIED,
                Integer.toString(reportYear), "RM:" + l.id());
    }

    /** Removal proposals for the annual-report listings of these entities whose missing report is now filed. */
    int remedied(Collection<String> entityCodes) {
        var batch = new ArrayList<NewProposal>();
        var days = days();
        for (Listing l : listings.inForceOf(entityCodes, List.of(ListKind.ABNORMAL, ListKind.ABNORMAL_STATE))) {
            if (!l.ground().equals(AbnormalGround.ANNUAL_REPORT_NOT_FILED.name())) {
                continue;
            }
            Integer year = listings.reportYear(l.id());
            if (year != null && filed.of(l.entityCode()).contains(year)) {
                batch.add(remedy(l, year, days));
            }
        }
        return raise(batch);
    }

    /** Proposals to move enterprises three full years on the abnormal list, unremedied, to the serious dishonest list. */
    int threeYearMoves(LocalDate today) {
        var batch = new ArrayList<NewProposal>();
        var days = days();
        for (Listing l : listings.inForce(ListKind.ABNORMAL)) {
            if (l.entityKind() != cn.gov.amr.credit.registry.EntityKind.ENTERPRISE
                    || !timing.abnormalYearsPassed(l.decidedOn(), today)) {
                continue;
            }
            LocalDate reached = timing.abnormalYearsReached(l.decidedOn());
            batch.add(new NewProposal(ListKind.SERIOUS_DISHONEST, ProposalAction.LISTING, l.entityCode(), l.entityName(),
                    l.jurisdiction(), DishonestField.ABNORMAL_LIST_THREE_YEARS.name(), l.id(), reached,
                    timing.listingDue(reached, days), ProposalSource.THREE_YEARS, l.documentNumber(), "3Y:" + l.id()));
        }
        return raise(batch);
    }
}
