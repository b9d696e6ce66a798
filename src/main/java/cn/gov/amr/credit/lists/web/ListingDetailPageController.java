package cn.gov.amr.credit.lists.web;

import java.time.LocalDate;
import java.util.Locale;

import cn.gov.amr.credit.lists.ListDecisions;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.lists.RemovalDecision;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One listing: its decision, its removal or the removal form (removal, restoration of an individual
 * business, removal from the serious dishonest list), and the printable decision documents (决定书) of
 * the listing and of its removal. A refused decision shows the refusal's message on the listing's page.
 */
@Controller
@RequestMapping("/workbench/lists/{slug:abnormal|abnormal-state|serious-dishonest}/{id:\\d+}")
@PreAuthorize(ListPageSupport.READERS)
class ListingDetailPageController {

    private final Lists lists;
    private final ListDecisions decisions;
    private final ListPageSupport fmt;

    ListingDetailPageController(Lists lists, ListDecisions decisions, ListPageSupport fmt) {
        this.lists = lists;
        this.decisions = decisions;
        this.fmt = fmt;
    }

    @GetMapping
    String detail(@PathVariable String slug, @PathVariable long id, Model model) {
        var listing = load(slug, id, model);
        model.addAttribute("mayDecide", listing.removal() == null && fmt.mayDecide(listing.jurisdiction()));
        model.addAttribute("today", fmt.today());
        return "lists/listing";
    }

    @PostMapping("/removal")
    @PreAuthorize(ListPageSupport.DECIDERS)
    String remove(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                  @RequestParam(required = false) String documentNumber, Locale locale, RedirectAttributes redirect) {
        var decision = new RemovalDecision(reason, decidedOn, documentNumber);
        try {
            switch (ListPageSupport.list(slug)) {
                case ABNORMAL -> decisions.removeAbnormal(id, decision);
                case ABNORMAL_STATE -> decisions.restore(id, decision);
                case SERIOUS_DISHONEST -> decisions.removeSeriousDishonest(id, decision);
            }
            redirect.addFlashAttribute("removed", true);
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", fmt.refusal(refusal, locale));
        }
        return "redirect:/workbench/lists/" + slug + "/" + id;
    }

    /** The listing decision (列入决定书 / 标记决定书), printable. */
    @GetMapping("/decision")
    String decision(@PathVariable String slug, @PathVariable long id, Model model) {
        load(slug, id, model);
        model.addAttribute("removalDocument", false);
        return "lists/document";
    }

    /** The removal decision (移出决定书 / 恢复决定书), printable; not found while the listing stands. */
    @GetMapping("/removal-decision")
    String removalDecision(@PathVariable String slug, @PathVariable long id, Model model) {
        var listing = load(slug, id, model);
        if (listing.removal() == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "LISTING_NOT_FOUND", id);
        }
        model.addAttribute("removalDocument", true);
        return "lists/document";
    }

    private Listing load(String slug, long id, Model model) {
        ListKind list = ListPageSupport.list(slug);
        var listing = lists.get(list, id);
        model.addAttribute("listing", listing);
        model.addAttribute("list", list);
        model.addAttribute("slug", slug);
        model.addAttribute("fmt", fmt);
        return listing;
    }
}
