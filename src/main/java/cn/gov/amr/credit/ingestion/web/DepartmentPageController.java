package cn.gov.amr.credit.ingestion.web;

import java.util.Locale;

import cn.gov.amr.credit.ingestion.DepartmentKind;
import cn.gov.amr.credit.ingestion.Departments;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of source departments: registration (ADMIN), API keys issued, rotated and revoked. */
@Controller
@PreAuthorize(IngestionPages.STAFF)
class DepartmentPageController {

    private final Departments departments;
    private final MessageSource messages;

    DepartmentPageController(Departments departments, MessageSource messages) {
        this.departments = departments;
        this.messages = messages;
    }


    @GetMapping("/workbench/departments")
    String departments(Model model) {
        model.addAttribute("departments", departments.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DepartmentForm());
        }
        model.addAttribute("departmentKinds", DepartmentKind.values());
        model.addAttribute("kinds", RecordKind.values());
        return "ingestion/departments";
    }

    @PostMapping("/workbench/departments")
    @PreAuthorize(IngestionPages.ADMIN)
    String register(@ModelAttribute("form") DepartmentForm form, Model model, Locale locale) {
        try {
            var registered = departments.register(form.toDraft());
            model.addAttribute("department", registered.department());
            model.addAttribute("apiKey", registered.apiKey());
            model.addAttribute("registered", true);
            return "ingestion/department-key";
        } catch (Refusal refusal) {
            IngestionPages.rethrowUnlessForTheForm(refusal);
            model.addAttribute("errors", FieldMessages.byFormField(messages, refusal, locale));
            return departments(model);
        }
    }

    @PostMapping("/workbench/departments/{id}/key-rotation")
    @PreAuthorize(IngestionPages.ADMIN)
    String rotate(@PathVariable long id, Model model) {
        var rotated = departments.rotateKey(id);
        model.addAttribute("department", rotated.department());
        model.addAttribute("apiKey", rotated.apiKey());
        model.addAttribute("registered", false);
        return "ingestion/department-key";
    }

    @PostMapping("/workbench/departments/{id}/key-revocation")
    @PreAuthorize(IngestionPages.ADMIN)
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        var department = departments.revokeKey(id);
        redirect.addFlashAttribute("revoked", department.name());
        return "redirect:/workbench/departments";
    }
}
