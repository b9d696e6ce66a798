package cn.gov.amr.credit.lists.web;

import java.time.LocalDate;
import java.util.Locale;

import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.AbnormalListingDecision;
import cn.gov.amr.credit.lists.DishonestField;
import cn.gov.amr.credit.lists.ListDecisions;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.ManualProposal;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.lists.ProposalAction;
import cn.gov.amr.credit.lists.ProposalQuery;
import cn.gov.amr.credit.lists.ProposalStatus;
import cn.gov.amr.credit.lists.RemovalDecision;
import cn.gov.amr.credit.lists.SeriousDishonestDecision;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deadline list of proposals (拟列入 / 拟移出), overdue first, each with its decision form (the
 * listing with document number and authority, or the removal) and its dismissal form. Decisions go
 * through {@link ListDecisions}, which refuses outside the officer's jurisdiction; the page shows why.
 */
@Controller
@RequestMapping("/workbench/lists/proposals")
@PreAuthorize(ListPageSupport.READERS)
class ProposalPageController {

    private static final int PAGE_SIZE = 20;

    private final Lists lists;
    private final ListDecisions decisions;
    private final ListPageSupport fmt;

    ProposalPageController(Lists lists, ListDecisions decisions, ListPageSupport fmt) {
        this.lists = lists;
        this.decisions = decisions;
        this.fmt = fmt;
    }

    /** The filter of the page; status OPEN unless another is asked for ({@code status=} for all). */
    record Filter(ListKind list, String status, String jurisdiction, String code, Integer page) {

        ProposalStatus statusOrOpen() {
            if (status == null) {
                return ProposalStatus.OPEN;
            }
            return status.isBlank() ? null : ProposalStatus.valueOf(status);
        }

        ProposalQuery query(int size) {
            return new ProposalQuery(list, statusOrOpen(), blank(jurisdiction), blank(code),
                    page == null ? 1 : page, size);
        }
    }

    /** What the decision form sends: the proposal's own facts (hidden) and the officer's decision. */
    record Decision(ListKind list, ProposalAction action, String code, String ground, Long listingId,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn, String documentNumber,
                    String authority, String penaltyDocumentNumber, String reason) {
    }

    @GetMapping
    String proposals(@ModelAttribute("filter") Filter filter, Model model) {
        var result = lists.proposals(filter.query(PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("status", filter.statusOrOpen());
        model.addAttribute("lists", ListKind.values());
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("jurisdictions", fmt.jurisdictions());
        model.addAttribute("today", fmt.today());
        model.addAttribute("fmt", fmt);
        model.addAttribute("grounds", AbnormalGround.values());
        model.addAttribute("fields", java.util.Arrays.stream(DishonestField.values())
                .filter(f -> f != DishonestField.ABNORMAL_LIST_THREE_YEARS).toList());
        model.addAttribute("mayPropose", fmt.caller().has(cn.gov.amr.credit.identity.Role.ADMIN)
                || fmt.caller().has(cn.gov.amr.credit.identity.Role.OFFICER));
        return "lists/proposals";
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize(ListPageSupport.DECIDERS)
    String decide(@PathVariable long id, @ModelAttribute Decision form, Locale locale, RedirectAttributes redirect) {
        try {
            Listing listing = form.action() == ProposalAction.REMOVAL ? remove(form) : list(id, form);
            redirect.addFlashAttribute("decided", listing.entityCode());
            redirect.addFlashAttribute("decidedHref", "/workbench/lists/" + ListPageSupport.slug(listing.list())
                    + "/" + listing.id());
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", fmt.refusal(refusal, locale));
            redirect.addFlashAttribute("errorProposal", id);
        }
        return "redirect:/workbench/lists/proposals";
    }

    /** What the form for an officer's own proposal sends. */
    record NewProposal(String code, String ground, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate aroseOn,
                       String note) {
    }

    @PostMapping
    @PreAuthorize(ListPageSupport.DECIDERS)
    String propose(@ModelAttribute NewProposal form, Locale locale, RedirectAttributes redirect) {
        try {
            var proposal = decisions.propose(new ManualProposal(form.code(), form.ground(), form.aroseOn(),
                    form.note()));
            redirect.addFlashAttribute("proposed", proposal.entityCode());
            return "redirect:/workbench/lists/proposals?code=" + proposal.entityCode();
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("proposeError", fmt.refusal(refusal, locale));
            return "redirect:/workbench/lists/proposals";
        }
    }

    @PostMapping("/{id}/dismissal")
    @PreAuthorize(ListPageSupport.DECIDERS)
    String dismiss(@PathVariable long id, @RequestParam(required = false) String reason, Locale locale,
                   RedirectAttributes redirect) {
        try {
            decisions.dismiss(id, reason);
            redirect.addFlashAttribute("dismissed", id);
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", fmt.refusal(refusal, locale));
            redirect.addFlashAttribute("errorProposal", id);
        }
        return "redirect:/workbench/lists/proposals";
    }

    private Listing list(long proposalId, Decision form) {
        return switch (form.list()) {
            case ABNORMAL -> decisions.listAbnormal(abnormal(proposalId, form));
            case ABNORMAL_STATE -> decisions.markAbnormalState(abnormal(proposalId, form));
            case SERIOUS_DISHONEST -> decisions.listSeriousDishonest(new SeriousDishonestDecision(form.code(),
                    DishonestField.valueOf(form.ground()), form.decidedOn(), form.documentNumber(),
                    blank(form.authority()), blank(form.penaltyDocumentNumber()), form.listingId(), proposalId));
        };
    }

    private static AbnormalListingDecision abnormal(long proposalId, Decision form) {
        return new AbnormalListingDecision(form.code(), AbnormalGround.valueOf(form.ground()), form.decidedOn(),
                form.documentNumber(), blank(form.authority()), proposalId);
    }

    private Listing remove(Decision form) {
        var decision = new RemovalDecision(form.reason(), form.decidedOn(), form.documentNumber());
        long listingId = form.listingId() == null ? -1 : form.listingId();
        return switch (form.list()) {
            case ABNORMAL -> decisions.removeAbnormal(listingId, decision);
            case ABNORMAL_STATE -> decisions.restore(listingId, decision);
            case SERIOUS_DISHONEST -> decisions.removeSeriousDishonest(listingId, decision);
        };
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
