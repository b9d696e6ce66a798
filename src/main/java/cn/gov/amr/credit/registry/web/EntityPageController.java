package cn.gov.amr.credit.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityQuery;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.IdType;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.platform.EntityPanel;
import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import org.springframework.context.MessageSource;
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

/** The officers' pages of the register: list and search, detail with history, create and edit forms. */
@Controller
@RequestMapping("/workbench/entities")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')")
class EntityPageController {

    private static final int PAGE_SIZE = 20;
    private static final String WRITERS = "hasAnyRole('ADMIN', 'OFFICER')";
    private final Registry registry;
    private final MessageSource messages;
    private final List<EntityPanel> panels;

    EntityPageController(Registry registry, MessageSource messages, List<EntityPanel> panels) {
        this.registry = registry;
        this.messages = messages;
        this.panels = List.copyOf(panels);
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) EntityKind kind,
                @RequestParam(required = false) EntityStatus status, @RequestParam(required = false) String jurisdiction,
                @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
        addReferenceData(model);
        try {
            var result = registry.search(new EntityQuery(q, kind, status, jurisdiction, page, PAGE_SIZE));
            model.addAttribute("result", result);
            model.addAttribute("page", Math.max(1, page));
            model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (Refusal refusal) {
            model.addAttribute("searchError", FieldMessages.byFormField(messages, refusal, locale).values().iterator().next());
        }
        return "registry/list";
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model, Locale locale) {
        return detailPage(registry.find(code), false, model, locale);
    }

    @PostMapping("/{code}/reveal")
    @PreAuthorize(WRITERS)
    String reveal(@PathVariable String code, Model model, Locale locale) {
        return detailPage(registry.reveal(code), true, model, locale);
    }

    private String detailPage(MarketEntity entity, boolean revealed, Model model, Locale locale) {
        model.addAttribute("entity", entity);
        model.addAttribute("panels", panels.stream()
                .flatMap(panel -> panel.panel(entity.code(), entity.jurisdiction(), locale).stream()).toList());
        model.addAttribute("mayChange", registry.mayChange(entity));
        model.addAttribute("history", registry.history(entity));
        model.addAttribute("revealed", revealed);
        addReferenceData(model);
        return "registry/detail";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITERS)
    String createForm(Model model) {
        model.addAttribute("form", new EntityForm());
        return form(model, true);
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    String create(@ModelAttribute("form") EntityForm form, Model model, Locale locale, RedirectAttributes redirect) {
        var problems = new ArrayList<FieldProblem>();
        var draft = form.toDraft(problems);
        try {
            if (!problems.isEmpty()) {
                throw new Refusal(Refusal.Kind.INVALID, "INVALID_ENTITY", problems);
            }
            var entity = registry.register(draft, Registry.Origin.API);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/workbench/entities/" + entity.code();
        } catch (Refusal refusal) {
            rethrowUnlessForTheForm(refusal);
            model.addAttribute("errors", FieldMessages.byFormField(messages, refusal, locale));
            return form(model, true);
        }
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize(WRITERS)
    String editForm(@PathVariable String code, Model model) {
        model.addAttribute("form", EntityForm.of(registry.findForChange(code)));
        return form(model, false);
    }

    @PostMapping("/{code}")
    @PreAuthorize(WRITERS)
    String update(@PathVariable String code, @ModelAttribute("form") EntityForm form, Model model, Locale locale,
                  RedirectAttributes redirect) {
        var problems = new ArrayList<FieldProblem>();
        form.setCode(code);
        var draft = form.toDraft(problems);
        try {
            if (!problems.isEmpty()) {
                throw new Refusal(Refusal.Kind.INVALID, "INVALID_ENTITY", problems);
            }
            registry.change(code, draft, form.getVersion());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/workbench/entities/" + code;
        } catch (Refusal refusal) {
            rethrowUnlessForTheForm(refusal);
            model.addAttribute("errors", FieldMessages.byFormField(messages, refusal, locale));
            return form(model, false);
        }
    }

    /** Outside the caller's jurisdiction or no such entity: the friendly error page with its status, not the form. */
    private static void rethrowUnlessForTheForm(Refusal refusal) {
        if (refusal.kind() == Refusal.Kind.FORBIDDEN || refusal.kind() == Refusal.Kind.NOT_FOUND) {
            throw refusal;
        }
    }

    private String form(Model model, boolean creating) {
        model.addAttribute("creating", creating);
        addReferenceData(model);
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("industries", registry.industries());
        return "registry/form";
    }

    private void addReferenceData(Model model) {
        model.addAttribute("jurisdictionNames", registry.jurisdictions().stream()
                .collect(java.util.stream.Collectors.toMap(j -> j.code(), j -> j)));
        model.addAttribute("kinds", EntityKind.values());
        model.addAttribute("statuses", EntityStatus.values());
        model.addAttribute("jurisdictions", registry.jurisdictions());
    }

}
