package cn.gov.amr.credit.identity.security;

import java.io.IOException;
import java.util.Map;

import cn.gov.amr.credit.audit.Actor;
import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Audits form sign-in and sign-out, and sends a failed sign-in back to the form with the reason; a
 * throttled one gets the form at once, answered 429 with {@code Retry-After}.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler {

    private final AuditLog audit;

    SignInHandlers(AuditLog audit) {
        this.audit = audit;
        setDefaultTargetUrl("/workbench");
        setRedirectStrategy(SignInHandlers::redirectWithinThisSite);
    }

    /**
     * The page a visitor wanted before signing in was remembered as an absolute URL built from that
     * request's Host header: keep only its path and query, so that a forged Host cannot send a
     * freshly signed-in officer elsewhere.
     */
    private static void redirectWithinThisSite(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        String target = url;
        try {
            var uri = java.net.URI.create(url);
            if (uri.isAbsolute() || uri.getRawAuthority() != null) {
                target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (IllegalArgumentException e) {
            target = "/workbench";
        }
        if (!target.startsWith("/") || target.startsWith("//")) {
            target = "/workbench";
        }
        response.sendRedirect(response.encodeRedirectURL(target));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        audit.record(new Actor(authentication.getName(), request.getRemoteAddr()), AuditActions.SIGN_IN,
                authentication.getName(), Map.of());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof SignInThrottledException throttled) {
            // the sign-in page again, answered 429 with the wait (no redirect: the status is the point)
            request.setAttribute(SignInThrottledException.RETRY_AFTER_ATTRIBUTE, throttled.retryAfterSeconds());
            request.getRequestDispatcher("/login").forward(new SignInPageRequest(request), response);
            return;
        }
        response.sendRedirect(request.getContextPath() + (exception instanceof LockedException
                ? "/login?locked" : "/login?error"));
    }

    /** The failed POST shown as the GET of the sign-in page, so that it is not taken as another attempt. */
    private static final class SignInPageRequest extends HttpServletRequestWrapper {

        SignInPageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            audit.record(new Actor(authentication.getName(), request.getRemoteAddr()), AuditActions.SIGN_OUT,
                    authentication.getName(), Map.of());
        }
    }
}
