package cn.gov.amr.credit.web.pages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The officer workbench: navigation to the modules. */
@Controller
class WorkbenchController {

    @GetMapping("/workbench")
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "workbench/home";
    }
}
