package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.internal.DraftTokens;
import cn.gov.hubei.jxt.pilot.application.internal.SectionJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Never loses a section form posted after the session expired. Runs before Spring Security (whose CSRF check would
 * refuse such a post, since the token lived in the lost session): a form post to a section page that carries a
 * draft token issued for that section, from a request without a logged-in session, is kept under the token, and
 * the person goes to the login page; after login they return to the section page, which offers the kept form (to
 * its owner only). Nothing is saved into the draft here, so a forged post can at most offer text to the token's
 * owner, who must choose to save it; a token is 192 random bits.
 */
class ExpiredSessionDraftFilter extends OncePerRequestFilter {

    static final Pattern SECTION_POST = Pattern.compile("^/applications/(\\d{1,18})/sections/([a-z-]+)$");

    private final DraftTokens tokens;
    private final SectionJson json;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    ExpiredSessionDraftFilter(DraftTokens tokens, SectionJson json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !SECTION_POST.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loggedIn(request)) {
            chain.doFilter(request, response);
            return;
        }
        Matcher m = SECTION_POST.matcher(path(request));
        m.matches();
        long applicationId = Long.parseLong(m.group(1));
        Optional<SectionKey> section = SectionKey.byKey(m.group(2));
        String token = request.getParameter("draftToken");
        Optional<DraftTokens.Kept> issued = token == null || section.isEmpty() ? Optional.empty()
                : tokens.find(token).filter(t -> t.applicationId() == applicationId && t.section() == section.get()
                && t.kind() != DraftTokens.Kind.CONFLICT);
        if (issued.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf")) {
                kept.put(name, List.of(values));
            }
        });
        tokens.keep(token, DraftTokens.Kind.EXPIRED, json.write(kept));
        // After login, come back to the section page (as a GET): it offers the kept form.
        requestCache.saveRequest(new SectionPageRequest(request), response);
        String login = request.getContextPath() + "/login?expired";
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpServletResponse.SC_OK);
        } else {
            response.sendRedirect(login);
        }
    }

    private static boolean loggedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext sc && sc.getAuthentication() != null
                && sc.getAuthentication().isAuthenticated();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The section page as a GET without the posted fields: what the login returns to. */
    private static final class SectionPageRequest extends HttpServletRequestWrapper {

        SectionPageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
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
            return Collections.emptyMap();
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

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Just before Spring Security's filter chain, after the session repository's filter. */
        @Bean
        FilterRegistrationBean<ExpiredSessionDraftFilter> expiredSessionDraftFilter(DraftTokens tokens,
                                                                                    SectionJson json) {
            FilterRegistrationBean<ExpiredSessionDraftFilter> registration =
                    new FilterRegistrationBean<>(new ExpiredSessionDraftFilter(tokens, json));
            registration.addUrlPatterns("/applications/*");
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
            return registration;
        }
    }
}
