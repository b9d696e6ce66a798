package cn.gov.amr.credit.web.errors;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, at the door, request parameters that are not text: invalid UTF-8 or percent escapes, and
 * control characters such as NUL (which PostgreSQL refuses in text). Runs before security and every
 * controller, so that no later reader of a parameter meets them; answers 400 with a code
 * ({@code INVALID_ENCODING}, {@code CONTROL_CHARACTERS}) naming the parameter. Parameters that only
 * the container can read (multipart fields) and fail later are refused the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestTextFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestTextFilter.class);
    private final Rejections rejections;

    RequestTextFilter(Rejections rejections) {
        this.rejections = rejections;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RequestText.Flaw> flaw = RequestText.checkQuery(request.getQueryString());
        if (flaw.isEmpty() && isForm(request)) {
            try {
                flaw = RequestText.checkParameters(request.getParameterMap());
            } catch (IllegalStateException e) {
                flaw = Optional.of(new RequestText.Flaw(RequestText.INVALID_ENCODING, null));
            }
        }
        if (flaw.isPresent()) {
            refuse(request, response, flaw.get());
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            var invalid = cause(e);
            if (invalid == null || response.isCommitted()) {
                throw e;
            }
            HttpStatus status = HttpStatus.resolve(invalid.getErrorCode());
            log.info("Unreadable request parameters refused: {}", invalid.getClass().getSimpleName());
            rejections.reject(request, response, status != null && status.is4xxClientError() ? status
                    : HttpStatus.BAD_REQUEST, RequestText.INVALID_ENCODING, null);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, RequestText.Flaw flaw)
            throws IOException, ServletException {
        log.info("Request parameters refused: {}", flaw.code());
        rejections.reject(request, response, HttpStatus.BAD_REQUEST, flaw.code(), flaw.parameter());
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT)
                .startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static InvalidParameterException cause(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof InvalidParameterException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
