package cn.gov.hubei.jxt.pilot.call;

import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what with calls, as named predicates used by the pages ({@code @PreAuthorize}) and the API alike.
 * Public so that method-security expressions ({@code @callPermissions.canManage(authentication)}) can call it.
 */
@Component("callPermissions")
public class CallPermissions {

    private static final Set<String> ADMINISTRATOR_AUTHORITIES = Role.administrators().stream()
            .map(Role::authority)
            .collect(Collectors.toUnmodifiableSet());

    /** Create, edit, publish and cancel calls, and see drafts: the provincial programme office only. */
    public boolean canManage(Authentication user) {
        return isSignedIn(user) && !isAdministrator(user) && has(user, Role.OFFICER.authority());
    }

    /**
     * Read calls: every business role. The three administrators (三员分立) see no business data through their
     * roles, so they may not.
     */
    public boolean canRead(Authentication user) {
        return isSignedIn(user) && !isAdministrator(user)
                && Role.businessRoles().stream().anyMatch(role -> has(user, role.authority()));
    }

    /** Whether the user may see this call: officers see every call, others only calls that were published. */
    public boolean canSee(Authentication user, CallSummary call) {
        return canManage(user) || (canRead(user) && call.announced());
    }

    private static boolean isSignedIn(Authentication user) {
        return user != null && user.isAuthenticated();
    }

    private static boolean isAdministrator(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(ADMINISTRATOR_AUTHORITIES::contains);
    }

    private static boolean has(Authentication user, String authority) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
