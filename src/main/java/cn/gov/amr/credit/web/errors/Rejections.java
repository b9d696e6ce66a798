package cn.gov.amr.credit.web.errors;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request refused before any controller runs (unreadable parameters, a firewall
 * rejection): problem details under {@code /api/}, the friendly error page elsewhere. The page is
 * rendered by a forward to {@code /error} with the request's parameters hidden, so that nothing on
 * the way reads them again.
 */
@Component
class Rejections {

    /** Request attribute naming the problem code the error page shows. */
    static final String CODE_ATTRIBUTE = Rejections.class.getName() + ".code";

    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json = JsonMapper.builder().build();

    Rejections(Problems problems, LocaleResolver locales) {
        this.problems = problems;
        this.locales = locales;
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && uri.startsWith("/api/");
    }

    /**
     * Answers {@code status} with the problem {@code code}; {@code parameter}, when not null, is the
     * request parameter at fault, named in the problem's {@code errors} (message {@code problem.field.<code>}).
     */
    void reject(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                String parameter) throws IOException, ServletException {
        var withoutParameters = new WithoutParameters(request);
        var locale = locales.resolveLocale(withoutParameters);
        if (isApi(request)) {
            List<Problems.FieldError> errors = parameter == null ? List.of()
                    : List.of(problems.fieldError(parameter, code, new Object[] {parameter}, locale));
            ProblemDetail problem = problems.of(status, code, null, errors, locale);
            response.resetBuffer();
            response.setStatus(status.value());
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(json.writeValueAsString(asMap(problem)));
            return;
        }
        withoutParameters.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
        withoutParameters.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        withoutParameters.setAttribute(CODE_ATTRIBUTE, code);
        response.resetBuffer();
        response.setStatus(status.value());
        request.getRequestDispatcher("/error").forward(withoutParameters, response);
    }

    /** A problem as the JSON object RFC 9457 describes, its extension members at the top level. */
    static Map<String, Object> asMap(ProblemDetail problem) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** The request with no query string and no parameters: they are what was refused. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
