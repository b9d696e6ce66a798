package cn.gov.amr.credit.identity.web;

import cn.gov.amr.credit.identity.security.SignInThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** The sign-in page; after a throttled attempt, answered 429 with the wait in {@code Retry-After} and in words. */
    @GetMapping("/login")
    String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getAttribute(SignInThrottledException.RETRY_AFTER_ATTRIBUTE) instanceof Long seconds) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            model.addAttribute("retryAfter", seconds);
        }
        return "login";
    }
}
