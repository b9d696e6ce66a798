package cn.gov.amr.credit.web.errors;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request Spring Security's firewall refuses (an encoded period, a double slash, a semicolon in the
 * path …) is answered 400 {@code REQUEST_REJECTED}: problem details for the API, the friendly page
 * otherwise. Logged as one line, without a stack trace: it is the visitor's mistake, not ours.
 */
@Component
class FirewallRejections implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);
    private final Rejections rejections;

    FirewallRejections(Rejections rejections) {
        this.rejections = rejections;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       RequestRejectedException rejected) throws IOException, ServletException {
        log.info("Request refused by the firewall: {}", rejected.getClass().getSimpleName());
        rejections.reject(request, response, HttpStatus.BAD_REQUEST, ContainerErrorReports.REQUEST_REJECTED, null);
    }
}
