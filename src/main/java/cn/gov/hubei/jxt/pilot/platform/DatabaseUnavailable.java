package cn.gov.hubei.jxt.pilot.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * While the database cannot be reached (stopped, restarting, the network between), every request that needs it is
 * answered at once with 503 and a Chinese text, not 500 and not after a long wait: the pool gives up after
 * {@code spring.datasource.hikari.connection-timeout} (5 s) and this filter, the outermost after the request id (so
 * before the session store and the security filters, which need the database too), turns the failure into the answer:
 * {@code application/problem+json} under {@code /api/}, a short page elsewhere, with {@code Retry-After}. Nothing is
 * acknowledged that was not committed; a request whose commit met the server's loss may or may not have been
 * written, which the text says (the client reloads and sees). The pool reconnects by itself when the server is back.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** Seconds a client is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 10;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilter(MessageSource messages,
                                                                          ObjectProvider<DataSource> dataSource) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | RuntimeException e) {
                    if (response.isCommitted() || !(isUnavailable(e) || !reachable(dataSource.getIfAvailable()))) {
                        throw e;
                    }
                    log.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(),
                            request.getRequestURI(), rootMessage(e));
                    answer(request, response, messages);
                }
            }

            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Whether the database answers now, asked after a failure that does not name it (a driver's message the checks
     * below do not know, a read that came back empty because the server went away): if it does not, the request failed
     * because of it and gets the 503 too, not a 500.
     */
    static boolean reachable(DataSource dataSource) {
        if (dataSource == null) {
            return true;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the failure is the database being out of reach (not a broken rule, not a bug). */
    static boolean isUnavailable(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof CannotCreateTransactionException || e instanceof DataAccessResourceFailureException
                    || e instanceof TransientDataAccessResourceException || e instanceof SQLTransientConnectionException) {
                return true;
            }
            // the statement failed as the server went away, then the rollback on the dead connection failed too: the
            // transaction manager throws the rollback's failure and keeps the statement's as the application exception
            if (e instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isUnavailable(rollback.getApplicationException())) {
                return true;
            }
            // the commit (or the rollback) on a connection the pool has just evicted as broken (SQLSTATE 08006)
            if (e instanceof TransactionSystemException && e.getCause() instanceof SQLException closed
                    && "Connection is closed".equals(closed.getMessage())) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, MessageSource messages)
            throws IOException {
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        String title = messages.getMessage("error.503.title", null, locale);
        String detail = messages.getMessage("error.503.text", null, locale);
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":503,"
                    + "\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(path) + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
                    + HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title)
                    + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p></main></body></html>");
        }
        response.flushBuffer();
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
