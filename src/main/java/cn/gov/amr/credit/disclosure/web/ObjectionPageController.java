package cn.gov.amr.credit.disclosure.web;

import java.util.Locale;

import cn.gov.amr.credit.disclosure.application.Objections;
import cn.gov.amr.credit.disclosure.model.Objection;
import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviewers' objection queue: read the objection, answer it (confirm, correct or reject). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
class ObjectionPageController {

    private static final int PAGE_SIZE = 20;
    private final Objections objections;
    private final MessageSource messages;

    ObjectionPageController(Objections objections, MessageSource messages) {
        this.objections = objections;
        this.messages = messages;
    }

    @GetMapping("/workbench/objections")
    String queue(@RequestParam(required = false) Objection.Status status, @RequestParam(defaultValue = "1") int page,
                 Model model) {
        var shown = status == null ? Objection.Status.OPEN : status;
        int current = Math.max(1, page);
        var queue = objections.queue(shown, current, PAGE_SIZE);
        model.addAttribute("status", shown);
        model.addAttribute("statuses", Objection.Status.values());
        model.addAttribute("decisions", java.util.List.of(Objection.Status.CONFIRMED, Objection.Status.CORRECTED,
                Objection.Status.REJECTED));
        model.addAttribute("items", queue.items());
        model.addAttribute("page", current);
        model.addAttribute("hasNext", (long) current * PAGE_SIZE < queue.total());
        return "disclosure/objections";
    }

    @PostMapping("/workbench/objections/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) Objection.Status decision,
                  @RequestParam(defaultValue = "") String answer, Locale locale, RedirectAttributes redirect) {
        try {
            objections.answer(id, decision, answer);
            redirect.addFlashAttribute("answered", id);
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("answerError", FieldMessages.refusal(messages, refusal, locale));
            redirect.addFlashAttribute("answerErrorId", id);
        }
        return "redirect:/workbench/objections";
    }
}
