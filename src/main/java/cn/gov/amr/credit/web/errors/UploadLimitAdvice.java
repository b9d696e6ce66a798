package cn.gov.amr.credit.web.errors;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit, or a multipart body that cannot be parsed, is refused while the request
 * is read, before any controller is chosen, so the API's advice never sees it: answer 413 (or 400
 * {@code MALFORMED_MULTIPART}) here, as problem details for the API and as the friendly error page
 * elsewhere.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private static final long MEGABYTE = 1024 * 1024;
    private static final long DEFAULT_LIMIT_MB = 50;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UploadLimitAdvice.class);
    private final Problems problems;
    private final MessageSource messages;

    UploadLimitAdvice(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request,
                                           HttpServletResponse response, Locale locale) throws IOException {
        if (!request.getRequestURI().startsWith("/api/")) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return null;
        }
        long megabytes = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() / MEGABYTE : DEFAULT_LIMIT_MB;
        var problem = problems.of(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", new Object[] {megabytes}, List.of(),
                locale);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(MultipartException.class)
    Object malformed(MultipartException e, HttpServletRequest request, Locale locale) {
        log.info("Malformed multipart request refused: {}", e.getClass().getSimpleName());
        String code = "MALFORMED_MULTIPART";
        if (!request.getRequestURI().startsWith("/api/")) {
            var page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
            page.addObject("status", HttpStatus.BAD_REQUEST.value());
            page.addObject("code", code);
            page.addObject("detail", messages.getMessage("problem." + code, null, code, locale));
            return page;
        }
        var problem = problems.of(HttpStatus.BAD_REQUEST, code, null, List.of(), locale);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
