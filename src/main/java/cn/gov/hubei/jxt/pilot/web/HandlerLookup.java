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
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.util.ServletRequestPathUtils;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the handler of a request whose path has variables (/api/v1/applications/{id}/sections/{key}) without
 * asking the request the same questions hundreds of times. Spring MVC compares such a request with every one of the
 * application's mappings, and each comparison asks for the method and the CORS headers first — each answer passing
 * through every request wrapper of the filter chain (session, security, input checks): that took about two fifths of
 * the processor time of an autosave (docs/benchmarks.md). Here a mapping's path patterns are compared first (a
 * request matches a mapping only if every condition matches, so the answer is the same) and the request's method,
 * headers and parsed path are read once per lookup. And the request is compared only with the mappings whose
 * patterns' literal beginnings it begins with, found in an index by those beginnings: a handful instead of ~460 (even
 * passing over a mapping took a hash lookup and a few of its objects each, about a seventh of an autosave's
 * processor time with ~460 of them).
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

        /** The mappings by the literal beginnings of their patterns; null until built, and after a change. */
        private volatile Map<String, List<Candidate>> byPrefix;

        private record Candidate(RequestMappingInfo info, HandlerMethod handler) {
        }

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            byPrefix = index(handlerMethods);
        }

        /** A mapping registered or removed while running: the index built again (meanwhile Spring MVC's walk). */
        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            byPrefix = null;
            super.registerMapping(mapping, handler, method);
            byPrefix = index(getHandlerMethods());
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            byPrefix = null;
            super.unregisterMapping(mapping);
            byPrefix = index(getHandlerMethods());
        }

        /** The mappings by their patterns' literal beginnings; null if one has no parsed patterns to index. */
        private static Map<String, List<Candidate>> index(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            Map<String, List<Candidate>> index = new HashMap<>();
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMethods.entrySet()) {
                PathPatternsRequestCondition patterns = entry.getKey().getPathPatternsCondition();
                if (patterns == null) {
                    return null;
                }
                Candidate candidate = new Candidate(entry.getKey(), entry.getValue());
                for (String prefix : new LinkedHashSet<>(patterns.getPatternValues().stream()
                        .map(PathFirstHandlerMapping::literalPrefix).toList())) {
                    index.computeIfAbsent(prefix, p -> new ArrayList<>()).add(candidate);
                }
            }
            return index;
        }

        /**
         * Compares the request with the mappings whose patterns' literal beginnings the path begins with (a handful),
         * not with every mapping: the best of them is Spring MVC's best, since a mapping whose literal beginning the
         * path lacks cannot match. Whatever is not one clear best — no match (404, 405, 415 and their headers), a
         * CORS preflight, two equally good — is left to Spring MVC's own walk, so its answers stay its own.
         */
        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            LookupRequest lookup = new LookupRequest(request);
            HandlerMethod found = lookupInIndex(lookupPath, lookup);
            return found != null ? found : super.lookupHandlerMethod(lookupPath, lookup);
        }

        /** The one best handler among the mappings the index gives for the path, or null if there is not one. */
        HandlerMethod lookupInIndex(String lookupPath, LookupRequest lookup) {
            Map<String, List<Candidate>> index = byPrefix;
            if (index == null || !lookup.hasParsedPath() || CorsUtils.isPreFlightRequest(lookup)) {
                return null;
            }
            List<Candidate> matches = new ArrayList<>(4);
            List<RequestMappingInfo> matching = new ArrayList<>(4);
            for (List<Candidate> candidates : candidates(index, lookup.decodedPath())) {
                for (Candidate candidate : candidates) {
                    RequestMappingInfo match = getMatchingMapping(candidate.info(), lookup);
                    if (match != null && !holds(matches, candidate)) {
                        matches.add(candidate);
                        matching.add(match);
                    }
                }
            }
            if (matches.isEmpty()) {
                return null;
            }
            int best = 0;
            if (matches.size() > 1) {
                Comparator<RequestMappingInfo> comparator = getMappingComparator(lookup);
                for (int i = 1; i < matching.size(); i++) {
                    if (comparator.compare(matching.get(i), matching.get(best)) < 0) {
                        best = i;
                    }
                }
                for (int i = 0; i < matching.size(); i++) {
                    if (i != best && comparator.compare(matching.get(i), matching.get(best)) == 0) {
                        return null; // ambiguous: Spring MVC's own error
                    }
                }
            }
            HandlerMethod handler = matches.get(best).handler();
            lookup.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
            handleMatch(matching.get(best), lookupPath, lookup);
            return handler;
        }

        private static boolean holds(List<Candidate> matches, Candidate candidate) {
            for (Candidate match : matches) {
                if (match == candidate) {
                    return true;
                }
            }
            return false;
        }

        /** Spring MVC's own lookup, comparing the request with every mapping: what the lookup above must agree with. */
        HandlerMethod lookupComparingEveryMapping(HttpServletRequest request) throws Exception {
            return super.lookupHandlerMethod(initLookupPath(request), new LookupRequest(request));
        }

        /** The lists of the mappings whose literal beginning is the path up to one of its "/" or the whole path. */
        private static List<List<Candidate>> candidates(Map<String, List<Candidate>> index, String path) {
            List<List<Candidate>> found = new ArrayList<>(4);
            addIfPresent(found, index.get(""));
            for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
                addIfPresent(found, index.get(path.substring(0, slash)));
            }
            if (!path.isEmpty() && !path.endsWith("/")) {
                addIfPresent(found, index.get(path));
            }
            return found;
        }

        private static void addIfPresent(List<List<Candidate>> found, List<Candidate> candidates) {
            if (candidates != null) {
                found.add(candidates);
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
            if (patterns != null && request instanceof LookupRequest lookup && lookup.hasParsedPath()
                    && patterns.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        /**
         * What every path a pattern matches begins with: the pattern up to the last "/" before its first variable or
         * wildcard ("/api/v1/applications/{id}" → "/api/v1/applications", "/files/**" → "/files", since "/files/**"
         * matches "/files" too). Compared with the decoded path, as the pattern's literal parts are.
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

        boolean hasParsedPath() {
            return path != null;
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
