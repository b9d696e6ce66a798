package cn.gov.amr.credit.web.errors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Tomcat refuses before the application sees them (an encoded slash or NUL in the path, a
 * request line or header over the limit, a malformed request) are answered by the host's error
 * report valve. Tomcat's own writes an English page; this one answers problem details for
 * {@code /api/} paths and a small Chinese page otherwise, both with a code ({@code REQUEST_REJECTED}
 * for a 400, {@code HTTP_<status>} for anything else), and never a stack trace or server version.
 */
@Component
class ContainerErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    static final String REQUEST_REJECTED = "REQUEST_REJECTED";
    private final MessageSource messages;

    ContainerErrorReports(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new Report(messages));
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(Report.class.getName());
            }
        });
    }

    /** After Spring Boot's own customizer, which installs Tomcat's valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The valve. */
    static final class Report extends ErrorReportValve {

        private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
        private final MessageSource messages;
        private final JsonMapper json = JsonMapper.builder().build();

        Report(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String code = status == 400 ? REQUEST_REJECTED : "HTTP_" + status;
            String detail = messages.getMessage("problem." + code, null,
                    messages.getMessage("problem.HTTP_500", null, LOCALE), LOCALE);
            String uri = uriOf(request);
            try {
                response.resetBuffer();
                if (uri != null && uri.startsWith("/api/")) {
                    var body = new LinkedHashMap<String, Object>();
                    body.put("type", "urn:credit:problem:" + code.toLowerCase(Locale.ROOT));
                    body.put("title", messages.getMessage("problem.title." + status, null, detail, LOCALE));
                    body.put("status", status);
                    body.put("detail", detail);
                    body.put("code", code);
                    write(response, "application/problem+json;charset=UTF-8", json.writeValueAsString(body));
                } else {
                    write(response, "text/html;charset=UTF-8", page(code, detail));
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the response cannot be written: nothing more to say.
            }
        }

        private String page(String code, String detail) {
            String title = HtmlUtils.htmlEscape(messages.getMessage("error.title", null, LOCALE));
            return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + title
                    + "</title></head><body><main><h1>" + title + "</h1><p id=\"error-message\">"
                    + HtmlUtils.htmlEscape(detail) + "</p><p id=\"error-code\">"
                    + HtmlUtils.htmlEscape(messages.getMessage("error.code", new Object[] {code}, LOCALE))
                    + "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(messages.getMessage("error.home", null, LOCALE))
                    + "</a></p></main></body></html>";
        }

        private static void write(Response response, String contentType, String body) throws IOException {
            response.setContentType(contentType);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            response.finishResponse();
        }

        private static String uriOf(Request request) {
            try {
                return request.getCoyoteRequest().requestURI().toString();
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
