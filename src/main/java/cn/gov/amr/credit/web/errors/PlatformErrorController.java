package cn.gov.amr.credit.web.errors;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that reach the container (unknown paths, 403 on pages, failures outside controllers): API
 * paths get problem details, everything else a friendly page in the visitor's language with the
 * problem's code. Never a stack trace or exception message. {@code /error} asked for directly is
 * no error at all: it answers as an unknown page.
 */
@Controller
class PlatformErrorController implements ErrorController {

    private final Problems problems;
    private final MessageSource messages;

    PlatformErrorController(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Model model, Locale locale) {
        var status = statusOf(request);
        String code = request.getAttribute(Rejections.CODE_ATTRIBUTE) instanceof String given ? given
                : "HTTP_" + status.value();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            ProblemDetail problem = problems.of(status, code, null, List.of(), locale);
            try {
                problem.setInstance(java.net.URI.create(path));
            } catch (IllegalArgumentException e) {
                // a path that is no URI is left out of the answer
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        model.addAttribute("status", status.value());
        model.addAttribute("code", code);
        if (request.getAttribute(Rejections.CODE_ATTRIBUTE) != null) {
            model.addAttribute("detail", messages.getMessage("problem." + code, null, code, locale));
        }
        return new org.springframework.web.servlet.ModelAndView("error", model.asMap(), status);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
