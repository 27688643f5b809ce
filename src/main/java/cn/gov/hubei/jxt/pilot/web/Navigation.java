package cn.gov.hubei.jxt.pilot.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;

/**
 * Which entry of the navigation is the current page, for {@code aria-current="page"} and the active style:
 * {@code ${@navigation.isCurrent('/calls')}}. A page belongs to the entry whose path is the longest prefix of its
 * own ({@code /calls/12/edit} to 年度遴选, {@code /recommendation/ranking} to 推荐排序, not to 审核推荐); the home page
 * only to itself.
 */
@Component("navigation")
public class Navigation {

    /** The paths of the navigation's entries (fragments/nav.html). */
    static final List<String> ENTRIES = List.of("/", "/applications", "/enterprise/profile", "/enterprise/members",
            "/recommendation", "/recommendation/ranking", "/calls", "/recommendation/overview", "/intake", "/review",
            "/enterprises/registrations", "/experts", "/experts/me", "/meetings", "/meetings/invitations", "/site-visits",
            "/publicity", "/objections", "/designations", "/portal", "/monitoring", "/monitoring/reports", "/analytics",
            "/admin/users", "/admin/calendar", "/admin/policy", "/audit", "/reference",
            "/inbox", "/account/password", "/login");

    /** Whether {@code entry} is the navigation entry of the page being rendered. */
    public boolean isCurrent(String entry) {
        String path = currentPath();
        return path != null && entry.equals(entryOf(path));
    }

    /** Whether the page being rendered belongs to one of these entries (a group of the navigation). */
    public boolean isCurrentAny(String... entries) {
        for (String entry : entries) {
            if (isCurrent(entry)) {
                return true;
            }
        }
        return false;
    }

    /** The entry a path belongs to, or null when none. */
    static String entryOf(String path) {
        String best = null;
        for (String entry : ENTRIES) {
            boolean matches = entry.equals("/") ? path.equals("/")
                    : path.equals(entry) || path.startsWith(entry + "/");
            if (matches && (best == null || entry.length() > best.length())) {
                best = entry;
            }
        }
        return best;
    }

    private static String currentPath() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        HttpServletRequest request = servlet.getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = forwarded instanceof String original ? original : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
