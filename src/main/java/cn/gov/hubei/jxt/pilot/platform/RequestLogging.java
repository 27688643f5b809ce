package cn.gov.hubei.jxt.pilot.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Map;

/**
 * Every log line of a request names the request ({@code req=}) and, once known, the user ({@code user=}); the
 * request id is returned in {@code X-Request-Id} and shown on error pages so a person can quote it.
 */
@Configuration(proxyBeanMethods = false)
class RequestLogging {

    static final String REQUEST_ID = "requestId";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String id = request.getHeader("X-Request-Id");
                if (id == null || !id.matches("[A-Za-z0-9-]{1,64}")) {
                    // a correlation id, not a secret: no lock on the system's random source for every request
                    id = HexFormat.of().withLowerCase().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(4);
                }
                request.setAttribute(REQUEST_ID, id);
                response.setHeader("X-Request-Id", id);
                MDC.put(REQUEST_ID, id);
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove(REQUEST_ID);
                    MDC.remove("user");
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Runs after Spring Security (order -100), when the user is known. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> userLoggingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.isAuthenticated()) {
                    MDC.put("user", authentication.getName());
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(0);
        return registration;
    }

    @Bean
    ErrorAttributes errorAttributes() {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
                Object id = webRequest.getAttribute(REQUEST_ID, RequestAttributes.SCOPE_REQUEST);
                if (id != null) {
                    attributes.put(REQUEST_ID, id);
                }
                return attributes;
            }
        };
    }
}
