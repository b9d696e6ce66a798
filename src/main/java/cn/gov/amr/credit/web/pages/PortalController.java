package cn.gov.amr.credit.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public portal: no sign-in. */
@Controller
class PortalController {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }
}
