package cn.gov.amr.credit.web.errors;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details: {@code type} {@code urn:credit:problem:<code>}, a localized
 * {@code title} and {@code detail}, the machine-readable {@code code}, and field-level
 * {@code errors} as {@code [{"field": <JSON path>, "code": …, "message": …}]}.
 */
@Component
class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** One entry of {@code errors}. {@code field} is a JSON path such as {@code $.roles[0]}. */
    record FieldError(String field, String code, String message) {
    }

    ProblemDetail of(HttpStatus status, String code, Object[] arguments, List<FieldError> errors, Locale locale) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:credit:problem:" + code.toLowerCase(Locale.ROOT)));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage("problem." + code,
                arguments == null ? null : FieldMessages.arguments(java.util.List.of(arguments), locale), code, locale));
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    ProblemDetail of(Refusal refusal, Locale locale) {
        var errors = refusal.fieldProblems().stream()
                .map(p -> new FieldError(p.field(), p.code(), FieldMessages.field(messages, p.code(), p.arguments(), locale)))
                .toList();
        return of(statusOf(refusal.kind()), refusal.code(), refusal.arguments(), errors, locale);
    }

    FieldError fieldError(String field, String code, Object[] arguments, Locale locale) {
        return new FieldError(field, code, messages.getMessage("problem.field." + code, arguments, code, locale));
    }

    static HttpStatus statusOf(Refusal.Kind kind) {
        return STATUS.get(kind);
    }

    private static final Map<Refusal.Kind, HttpStatus> STATUS = Map.of(
            Refusal.Kind.INVALID, HttpStatus.BAD_REQUEST,
            Refusal.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
            Refusal.Kind.CONFLICT, HttpStatus.CONFLICT,
            Refusal.Kind.FORBIDDEN, HttpStatus.FORBIDDEN,
            Refusal.Kind.PRECONDITION_FAILED, HttpStatus.PRECONDITION_FAILED,
            Refusal.Kind.UNPROCESSABLE, HttpStatus.UNPROCESSABLE_CONTENT,
            Refusal.Kind.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
            Refusal.Kind.TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS);
}
