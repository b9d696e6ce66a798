package cn.gov.amr.credit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public portal: no sign-in. */
@Controller
class PortalController {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }

    /** The public search opens with the disclosure module; until then the page says so plainly. */
    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String query, Model model) {
        model.addAttribute("q", query == null ? "" : query.strip());
        return "portal/search";
    }
}
