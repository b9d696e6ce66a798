package cn.gov.amr.credit.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that reach the container (unknown paths, 403 on pages, failures outside controllers): API
 * paths get problem details, everything else a friendly page in the visitor's language. Never a
 * stack trace or exception message.
 */
@Controller
class PlatformErrorController implements ErrorController {

    private final Problems problems;

    PlatformErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Model model, Locale locale) {
        var status = statusOf(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            ProblemDetail problem = problems.of(status, "HTTP_" + status.value(), null, List.of(), locale);
            problem.setInstance(java.net.URI.create(path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        model.addAttribute("status", status.value());
        return new org.springframework.web.servlet.ModelAndView("error", model.asMap(), status);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
