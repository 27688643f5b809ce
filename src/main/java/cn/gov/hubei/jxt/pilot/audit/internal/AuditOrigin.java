package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who caused an entry and from where. What the record states explicitly wins (a failed login names the user name that
 * was tried); otherwise the logged-in user and the current request supply it.
 */
record AuditOrigin(String actor, String role, String clientAddress) {

    /** The actor of work that no person started: scheduled jobs, start-up, event listeners outside a request. */
    static final String SYSTEM = "system";
    /** The actor of a request by someone not logged in (the public objection form, a failed login without a name). */
    static final String ANONYMOUS = "anonymous";

    private static final String ROLE_PREFIX = "ROLE_";
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    static AuditOrigin of(AuditRecord record) {
        HttpServletRequest request = currentRequest();
        String address = record.clientAddress() != null ? record.clientAddress()
                : request == null ? null : request.getRemoteAddr();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = authentication != null && authentication.isAuthenticated()
                && !TRUST.isAnonymous(authentication);
        if (record.actor() != null) {
            // An explicit actor comes with its own role. A service that names the logged-in user as the actor
            // (it is handed the user name) gets that user's role: the role the actor acted in, at that time.
            // Another name (a failed login's attempted name, work done on someone's behalf) never gets the
            // current user's role.
            String role = record.role() == null && loggedIn && record.actor().equals(authentication.getName())
                    ? firstRole(authentication) : record.role();
            return new AuditOrigin(record.actor(), role, address);
        }
        if (loggedIn) {
            String role = record.role() != null ? record.role() : firstRole(authentication);
            return new AuditOrigin(authentication.getName(), role, address);
        }
        return new AuditOrigin(request == null ? SYSTEM : ANONYMOUS, record.role(), address);
    }

    private static String firstRole(Authentication authentication) {
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(ROLE_PREFIX)) {
                return name.substring(ROLE_PREFIX.length());
            }
        }
        return null;
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
