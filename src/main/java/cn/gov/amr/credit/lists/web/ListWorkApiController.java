package cn.gov.amr.credit.lists.web;

import java.time.Clock;
import java.util.List;

import cn.gov.amr.credit.lists.DailyListsResult;
import cn.gov.amr.credit.lists.ListDecisions;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.ListStatistics;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.lists.Proposal;
import cn.gov.amr.credit.lists.ProposalQuery;
import cn.gov.amr.credit.lists.ProposalStatus;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lists' work: proposals (the deadline list), three-year warnings, statistics, an entity's listings, the daily job. */
@RestController
@Tag(name = "Lists")
class ListWorkApiController {

    /** The reason of a dismissal. */
    record Dismissal(String reason) {
    }

    private final Lists lists;
    private final ListDecisions decisions;
    private final Clock clock;

    ListWorkApiController(Lists lists, ListDecisions decisions, Clock clock) {
        this.lists = lists;
        this.decisions = decisions;
        this.clock = clock;
    }

    @GetMapping("/api/v1/lists/proposals")
    @PreAuthorize(AbnormalListApiController.STAFF)
    @Operation(summary = "Proposals for listing or removal with their due dates (10 working days), open ones first "
            + "by due date so the overdue lead; filters list, status (OPEN, DECIDED, DISMISSED), jurisdiction, code")
    Paged<Proposal> proposals(@RequestParam(required = false) ListKind list,
                              @RequestParam(required = false) ProposalStatus status,
                              @RequestParam(required = false) String jurisdiction,
                              @RequestParam(required = false) String code,
                              @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        return lists.proposals(new ProposalQuery(list, status, jurisdiction, code, page, size));
    }

    @PostMapping("/api/v1/lists/proposals")
    @PreAuthorize(AbnormalListApiController.DECIDERS)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @Operation(summary = "Raises an officer's own proposal: code, ground (an abnormal-list ground: the abnormal list, "
            + "or the abnormal state for an individual business; or a serious dishonest field), aroseOn, note. Due "
            + "within 10 working days of aroseOn; the same entity, ground and day again is 409 PROPOSAL_EXISTS")
    Proposal propose(@RequestBody cn.gov.amr.credit.lists.ManualProposal proposal) {
        return decisions.propose(proposal);
    }

    @PostMapping("/api/v1/lists/proposals/{id}/dismissal")
    @PreAuthorize(AbnormalListApiController.DECIDERS)
    @Operation(summary = "Dismisses an open proposal with a reason (a decision closes its proposal by itself)")
    Proposal dismiss(@PathVariable long id, @RequestBody Dismissal dismissal) {
        return decisions.dismiss(id, dismissal == null ? null : dismissal.reason());
    }

    @GetMapping("/api/v1/lists/three-year-warnings")
    @PreAuthorize(AbnormalListApiController.STAFF)
    @Operation(summary = "Enterprises reaching three years on the abnormal list within the next `days` (60) days, "
            + "for the public warning notice before the serious dishonest list")
    Paged<Listing> threeYearWarnings(@RequestParam(defaultValue = "60") int days,
                                     @RequestParam(required = false) String jurisdiction) {
        return Paged.whole(lists.reachingThreeYears(LegalTime.today(clock), Math.max(0, Math.min(days, 366)),
                jurisdiction));
    }

    @GetMapping("/api/v1/lists/statistics")
    @PreAuthorize(AbnormalListApiController.STAFF)
    @Operation(summary = "Listings and removals of a year (default: this year) by month, kind, ground and jurisdiction")
    ListStatistics statistics(@RequestParam(required = false) Integer year,
                              @RequestParam(required = false) String jurisdiction) {
        return lists.statistics(year == null ? LegalTime.today(clock).getYear() : year,
                jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction);
    }

    @GetMapping("/api/v1/entities/{code}/listings")
    @PreAuthorize(AbnormalListApiController.STAFF)
    @Operation(summary = "Every listing of an entity on every list, newest first, removed ones included")
    Paged<Listing> ofEntity(@PathVariable String code) {
        List<Listing> all = lists.of(cn.gov.amr.credit.shared.Identifiers.normalize(code));
        return Paged.whole(all);
    }

    @PostMapping("/api/v1/jobs/daily-lists/run")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Runs the lists' daily job now and waits for it: proposals for non-filers, remedied "
            + "grounds and three-year moves, automatic removals. Idempotent: a second run the same day raises and "
            + "removes nothing. Answers {proposalsRaised, removed}")
    DailyListsResult runDaily() {
        return decisions.runDaily();
    }

}
