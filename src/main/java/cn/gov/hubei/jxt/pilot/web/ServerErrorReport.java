package cn.gov.hubei.jxt.pilot.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the server says when it refuses a request before the application sees it: Tomcat refuses a path with a NUL
 * ({@code %00}), an encoded slash or backslash ({@code %2F}, {@code %5C}) or a {@code ..} that climbs above the root,
 * a malformed request line, an address or headers beyond their size, and would answer with its own English HTML page. This
 * report answers in the system's language instead: {@code application/problem+json} for the API (a path under
 * {@code /api/}, or a client that asks for JSON and not HTML), a small page of its own otherwise (no template: the
 * application's context has not run for such a request). It never says more than the status and a sentence — no
 * server name, version or stack trace — and only writes when nothing has been written yet, so every answer the
 * application itself gave (its own error pages and problems) stays as it was.
 */
final class ServerErrorReport extends ErrorReportValve {

    private final MessageSource messages;
    private final Locale locale;
    private final JsonMapper json;

    ServerErrorReport(MessageSource messages, Locale locale, JsonMapper json) {
        this.messages = messages;
        this.locale = locale;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** Puts this report in place of the host's (Spring Boot's and Tomcat's default) on the context's host. */
    static void install(Container host, ServerErrorReport report) {
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ServerErrorReport.class.getName());
        }
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(report);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String title = text("error." + status + ".title", "error.generic.title");
        String detail = status == 400 ? text(ErrorAnswers.REQUEST_REFUSED, "error.400.text")
                : text("error." + status + ".text", "error.generic.text");
        boolean json = wantsJson(request);
        String body = json ? problem(status, title, detail) : page(status, title, detail);
        try {
            response.setContentType(json ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Language", locale.toLanguageTag());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the answer was already on its way: nothing more to say
        }
    }

    static boolean wantsJson(Request request) {
        String uri = request.getRequestURI();
        if (uri != null && (uri.startsWith("/api/") || uri.equals("/api"))) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    private String problem(int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return json.writeValueAsString(problem);
    }

    private String page(int status, String title, String detail) {
        String lang = locale.toLanguageTag();
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title>"
                + "<style>body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",\"PingFang SC\",system-ui,sans-serif;margin:0;"
                + "color:#212529;background:#fff}main{max-width:40rem;margin:4rem auto;padding:0 1rem;"
                + "text-align:center;overflow-wrap:anywhere}p.mark{font-size:3rem;color:#595f64;margin:0}"
                + "a{color:#0a58ca}</style></head><body><main><p class=\"mark\">" + status + "</p><h1>"
                + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">"
                + HtmlUtils.htmlEscape(text("error.home", "error.home")) + "</a></p></main></body></html>";
    }

    /** The text of {@code key}, or of {@code fallbackKey} where the bundles have none. */
    private String text(String key, String fallbackKey) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {key, fallbackKey}, fallbackKey), locale);
    }
}
