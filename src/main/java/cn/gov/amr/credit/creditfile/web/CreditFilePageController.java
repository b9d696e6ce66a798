package cn.gov.amr.credit.creditfile.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.amr.credit.creditfile.application.CreditFiles;
import cn.gov.amr.credit.identity.Jurisdiction;
import cn.gov.amr.credit.registry.Registry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The officers' page of an entity's credit file: the entity, its flags in force and its records on a timeline. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')")
class CreditFilePageController {

    private final CreditFiles files;
    private final Registry registry;

    CreditFilePageController(CreditFiles files, Registry registry) {
        this.files = files;
        this.registry = registry;
    }

    @GetMapping("/workbench/entities/{code}/credit-file")
    String file(@PathVariable String code, Model model) {
        var file = files.of(code);
        model.addAttribute("file", file);
        model.addAttribute("entity", file.entity());
        model.addAttribute("jurisdiction", registry.jurisdictions().stream()
                .collect(Collectors.toMap(Jurisdiction::code, Function.identity()))
                .get(file.entity().jurisdiction()));
        return "creditfile/file";
    }
}
