package cn.gov.amr.credit.audit.web;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.audit.model.AuditQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/workbench/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
class AuditPageController {

    private static final int PAGE_SIZE = 50;
    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    String entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                   @RequestParam(required = false) String target, @RequestParam(defaultValue = "1") int page,
                   Model model) {
        var query = new AuditQuery(actor, action, target, null, null, page, PAGE_SIZE);
        var result = audit.search(query);
        model.addAttribute("entries", result.items());
        model.addAttribute("total", result.total());
        model.addAttribute("page", query.page());
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("target", target);
        model.addAttribute("head", audit.head());
        return "audit/entries";
    }

    @PostMapping("/verification")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return entries(null, null, null, 1, model);
    }
}
