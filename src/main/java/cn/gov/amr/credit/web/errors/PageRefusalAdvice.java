package cn.gov.amr.credit.web.errors;

import java.util.Locale;

import cn.gov.amr.credit.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import jakarta.servlet.http.HttpServletResponse;

/** A refusal on a page becomes the friendly error page with its message, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageRefusalAdvice {

    private final org.springframework.context.MessageSource messages;

    PageRefusalAdvice(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    String refusal(Refusal refusal, Model model, Locale locale, HttpServletResponse response) {
        int status = Problems.statusOf(refusal.kind()).value();
        response.setStatus(status);
        if (refusal instanceof cn.gov.amr.credit.shared.Throttled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        }
        model.addAttribute("status", status);
        model.addAttribute("code", refusal.code());
        model.addAttribute("detail", cn.gov.amr.credit.platform.FieldMessages.refusal(messages, refusal, locale));
        return "error";
    }
}
