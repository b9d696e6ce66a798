package cn.gov.amr.credit.lists.application;

import java.time.LocalDate;

import cn.gov.amr.credit.calendar.CalendarChanged;
import cn.gov.amr.credit.calendar.WorkingCalendar;
import cn.gov.amr.credit.lists.ProposalAction;
import cn.gov.amr.credit.lists.infrastructure.ProposalStore;
import cn.gov.amr.credit.lists.model.ListTiming;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When ADMIN changes a year of the calendar (the yearly notice imported, a day corrected), the open
 * proposals whose deadline may run through that year are given their deadline again from the day their
 * ground arose: a deadline is always the one the calendar in force gives. Idempotent (a recomputation).
 */
@Component
class CalendarListener {

    private final ProposalStore proposals;
    private final WorkingCalendar calendar;
    private final ListTiming timing;

    CalendarListener(ProposalStore proposals, WorkingCalendar calendar, ListSettings settings) {
        this.proposals = proposals;
        this.calendar = calendar;
        this.timing = settings.timing();
    }

    @ApplicationModuleListener
    void on(CalendarChanged event) {
        var days = calendar.workingDays();
        // a deadline of at most a few weeks: a ground that arose in the year before may end in the changed year
        for (var open : proposals.openSince(LocalDate.of(event.year() - 1, 1, 1))) {
            LocalDate due = open.action() == ProposalAction.LISTING ? timing.listingDue(open.aroseOn(), days)
                    : timing.removalDue(open.aroseOn(), days);
            if (!due.equals(open.dueOn())) {
                proposals.moveDue(open.id(), due);
            }
        }
    }
}
