package cn.gov.amr.credit.web.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * The one place where API errors become RFC 9457 problem details ({@code application/problem+json}).
 * Unexpected errors are logged once here and answered without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);
    private final Problems problems;

    ApiProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refusal(Refusal refusal, Locale locale) {
        if (refusal instanceof cn.gov.amr.credit.shared.Throttled throttled) {
            var problem = problems.of(refusal, locale);
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds())).body(problem);
        }
        return respond(problems.of(refusal, locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        var error = problems.fieldError(e.getName(), "INVALID_VALUE", new Object[] {e.getName()}, locale);
        return respond(problems.of(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", null, List.of(error), locale));
    }

    /** Let Spring Security answer these with its own 401/403 problem responses. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    /**
     * PostgreSQL refuses text it cannot store (NUL, invalid UTF-8): whatever way such text came in,
     * the client sent it, so 400 {@code CONTROL_CHARACTERS}, not a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> unstorableText(DataIntegrityViolationException e, Locale locale) {
        if (!StoredText.refused(e)) {
            return unexpected(e, locale);
        }
        log.info("Text the database cannot store refused");
        return respond(problems.of(HttpStatus.BAD_REQUEST, RequestText.CONTROL_CHARACTERS, null, List.of(), locale));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, Locale locale) {
        log.error("Unexpected error", e);
        return respond(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", null, List.of(), locale));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        DatabindException databind = null;
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof StreamReadException) {
                break;
            }
            if (cause instanceof DatabindException found) {
                databind = found;
                break;
            }
        }
        if (databind != null && !databind.getPath().isEmpty()) {
            var error = problems.fieldError(jsonPath(databind), "INVALID_VALUE", new Object[] {jsonPath(databind)},
                    locale);
            return body(problems.of(HttpStatus.BAD_REQUEST, "INVALID_BODY", null, List.of(error), locale));
        }
        return body(problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", null, List.of(), locale));
    }

    /** A required query parameter is missing: 400 {@code MISSING_PARAMETER} naming it. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return missing(e.getParameterName());
    }

    /** A required part of a multipart request (such as {@code file}) is missing: 400 {@code MISSING_PARAMETER}. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return missing(e.getRequestPartName());
    }

    private ResponseEntity<Object> missing(String parameter) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var error = problems.fieldError(parameter, "REQUIRED_PARAMETER", new Object[] {parameter}, locale);
        return body(problems.of(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", new Object[] {parameter}, List.of(error),
                locale));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var errors = new ArrayList<Problems.FieldError>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(new Problems.FieldError("$." + f.getField(),
                f.getCode() == null ? "INVALID_VALUE" : f.getCode().toUpperCase(Locale.ROOT),
                f.getDefaultMessage())));
        return body(problems.of(HttpStatus.BAD_REQUEST, "INVALID_BODY", null, errors, locale));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            String code = "HTTP_" + status.value();
            var localized = problems.of(HttpStatus.valueOf(status.value()), code, null, List.of(), locale);
            localized.setInstance(problem.getInstance());
            return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(localized);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static String jsonPath(DatabindException e) {
        var path = new StringBuilder("$");
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
