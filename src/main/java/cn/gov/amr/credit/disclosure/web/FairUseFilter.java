package cn.gov.amr.credit.disclosure.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import cn.gov.amr.credit.disclosure.model.TokenBuckets;
import cn.gov.amr.credit.identity.ApiKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fair use of the public surfaces: per client address, a token bucket; over it, 429 with
 * {@code Retry-After} (problem details for the API, a short page otherwise). Trusted addresses and
 * requests with a valid department API key pass. No CAPTCHA.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FairUseFilter extends OncePerRequestFilter {

    private final RateLimitSettings settings;
    private final TokenBuckets buckets;
    private final ApiKeys keys;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    FairUseFilter(RateLimitSettings settings, ApiKeys keys, MessageSource messages, LocaleResolver locales,
                  JsonMapper json) {
        this.settings = settings;
        this.buckets = new TokenBuckets(settings.perSecond(), settings.burst());
        this.keys = keys;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the decoded path, as the handlers see it: /api/v1/%70ublic/… is /api/v1/public/…
        String path = org.springframework.web.util.UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return !settings.enabled() || !(path.startsWith("/api/v1/public/") || path.equals("/search")
                || path.startsWith("/report/") || path.equals("/open-data"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (settings.trustedAddresses().contains(address) || hasValidKey(request)) {
            chain.doFilter(request, response);
            return;
        }
        long wait = buckets.take(address, System.nanoTime());
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        var locale = locales.resolveLocale(request);
        String detail = messages.getMessage("problem.RATE_LIMITED", new Object[] {wait}, locale);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait)));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            var problem = new LinkedHashMap<String, Object>();
            problem.put("type", "urn:credit:problem:rate_limited");
            problem.put("title", messages.getMessage("problem.title.429", null, locale));
            problem.put("status", 429);
            problem.put("detail", detail);
            problem.put("code", "RATE_LIMITED");
            response.setContentType("application/problem+json");
            response.getWriter().write(json.writeValueAsString(problem));
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(detail);
        }
    }

    private boolean hasValidKey(HttpServletRequest request) {
        String key = request.getHeader("X-Api-Key");
        return key != null && keys.authenticate(key).isPresent();
    }
}
