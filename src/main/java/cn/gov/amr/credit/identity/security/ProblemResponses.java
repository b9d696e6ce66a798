package cn.gov.amr.credit.identity.security;

import java.io.IOException;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 and 429 (sign-in throttled) answers of the JSON API as RFC 9457 problem details, in the caller's language
 * (Chinese unless chosen otherwise), with a machine-readable {@code code}.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            // no WWW-Authenticate: trying other credentials now would not help
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            write(request, response, 429, "SIGN_IN_THROTTLED", throttled.retryAfterSeconds());
            return;
        }
        String code = e instanceof LockedException ? "ACCOUNT_LOCKED"
                : request.getHeader("Authorization") != null ? "BAD_CREDENTIALS" : "AUTHENTICATION_REQUIRED";
        unauthorized(request, response, e, code);
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e,
                      String code) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"credit-platform\", charset=\"UTF-8\"");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, code);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String code = e.getClass().getSimpleName().contains("Csrf") ? "CSRF_TOKEN_MISSING" : "ACCESS_DENIED";
        write(request, response, HttpServletResponse.SC_FORBIDDEN, code);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
                       Object... arguments) throws IOException {
        var locale = locales.resolveLocale(request);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "urn:credit:problem:" + code.toLowerCase(java.util.Locale.ROOT));
        body.put("title", messages.getMessage("problem.title." + status, null, locale));
        body.put("status", status);
        body.put("detail", messages.getMessage("problem." + code, arguments, locale));
        body.put("instance", request.getRequestURI());
        body.put("code", code);
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
