package cn.gov.hubei.jxt.pilot.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the handler of a request whose path has variables (/api/v1/applications/{id}/sections/{key}) without
 * asking the request the same questions hundreds of times. Spring MVC compares such a request with every one of the
 * application's mappings, and each comparison asks for the method and the CORS headers first — each answer passing
 * through every request wrapper of the filter chain (session, security, input checks): that took about two fifths of
 * the processor time of an autosave (docs/benchmarks.md). Here a mapping's path patterns are compared first (a
 * request matches a mapping only if every condition matches, so the answer is the same) and the request's method,
 * headers and parsed path are read once per lookup. Before a pattern is compared, the path must begin with the
 * pattern's literal beginning (one {@code startsWith}), so most of the ~460 mappings are passed over at once.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup {

    @Bean
    WebMvcRegistrations pathFirstHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstHandlerMapping();
            }
        };
    }

    static final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            return super.lookupHandlerMethod(lookupPath, new LookupRequest(request));
        }

        /** Per mapping, the literal beginnings of its path patterns (see {@link #literalPrefix(String)}). */
        private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
            if (patterns != null && ServletRequestPathUtils.hasParsedRequestPath(request)) {
                if (request instanceof LookupRequest lookup && !startsWithAny(lookup.decodedPath(),
                        prefixes.computeIfAbsent(info, PathFirstHandlerMapping::literalPrefixes))) {
                    return null;
                }
                if (patterns.getMatchingCondition(request) == null) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        private static boolean startsWithAny(String path, String[] prefixes) {
            for (String prefix : prefixes) {
                if (path.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        private static String[] literalPrefixes(RequestMappingInfo info) {
            return info.getPathPatternsCondition().getPatternValues().stream()
                    .map(PathFirstHandlerMapping::literalPrefix).toArray(String[]::new);
        }

        /**
         * What every path a pattern matches begins with: the pattern up to the last "/" before its first variable or
         * wildcard ("/api/v1/applications/{id}" → "/api/v1/applications", "/files/**" → "/files", since "/files/**"
         * matches "/files" too). Compared with the decoded path, as the pattern's literal parts are: a necessary
         * condition, checked with one {@code startsWith} before the pattern itself.
         */
        static String literalPrefix(String pattern) {
            int wildcard = pattern.length();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '{' || c == '*' || c == '?') {
                    wildcard = i;
                    break;
                }
            }
            if (wildcard == pattern.length()) {
                return pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
            }
            int slash = pattern.lastIndexOf('/', wildcard);
            return slash <= 0 ? "" : pattern.substring(0, slash);
        }
    }

    /** The request during one lookup: its method, headers and parsed path read once through the wrappers. */
    static final class LookupRequest extends HttpServletRequestWrapper {

        private final String method;
        private final Map<String, String> headers = new HashMap<>();
        private Object path;
        private String decodedPath;

        LookupRequest(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
            this.path = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        }

        @Override
        public String getMethod() {
            return method;
        }

        /** The path within the application as patterns see it: each segment decoded, without its ;parameters. */
        String decodedPath() {
            if (decodedPath == null) {
                StringBuilder decoded = new StringBuilder();
                for (PathContainer.Element element : ServletRequestPathUtils.getParsedRequestPath(this)
                        .pathWithinApplication().elements()) {
                    decoded.append(element instanceof PathContainer.PathSegment segment
                            ? segment.valueToMatch() : element.value());
                }
                decodedPath = decoded.toString();
            }
            return decodedPath;
        }

        @Override
        public String getHeader(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            if (headers.containsKey(key)) { // absent headers (no Origin on most requests) are remembered too
                return headers.get(key);
            }
            String value = super.getHeader(name);
            headers.put(key, value);
            return value;
        }

        @Override
        public Object getAttribute(String name) {
            return ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name) ? path : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                path = value;
                decodedPath = null;
            }
            super.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                path = null;
                decodedPath = null;
            }
            super.removeAttribute(name);
        }
    }
}
