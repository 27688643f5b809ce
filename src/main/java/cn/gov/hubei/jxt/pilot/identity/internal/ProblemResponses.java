package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.platform.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** application/problem+json answers for API requests that are not authenticated or not allowed. */
@Component
public class ProblemResponses {

    private final MessageSource messages;
    private final Locale locale;

    /** Filters run outside Spring MVC's locale handling, so they use the system's configured locale. */
    ProblemResponses(MessageSource messages, @Value("${spring.web.locale:zh_CN}") Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(response, HttpStatus.UNAUTHORIZED, message("api.error.unauthorized"), request.getRequestURI());
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, message("api.error.forbidden"), request.getRequestURI());
    }

    /** 429 with {@code Retry-After} and the time to retry in words (the abuse limits). */
    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, RateLimitedException e,
                         java.time.ZoneId zone) throws IOException {
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        write(response, HttpStatus.TOO_MANY_REQUESTS, throttledMessage(e, zone), request.getRequestURI());
    }

    /** 「请求过于频繁，请于 … 再试」 with the time and the minutes. */
    public String throttledMessage(RateLimitedException e, java.time.ZoneId zone) {
        return message("api.error.throttled", e.retryAt().atZone(zone)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), e.retryAfterMinutes());
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The problem with the status's Chinese title (「需要登录」, 「无权访问」, 「请求过于频繁」), as the error pages have it. */
    void write(HttpServletResponse response, HttpStatus status, String detail, String instance) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String[] titleKeys = {"error." + status.value() + ".title", "error.generic.title"};
        String title = messages.getMessage(new DefaultMessageSourceResolvable(titleKeys, titleKeys[1]), locale);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + escape(title)
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + escape(detail)
                + "\",\"instance\":\"" + escape(instance) + "\"}");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
