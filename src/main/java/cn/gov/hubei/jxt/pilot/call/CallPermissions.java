package cn.gov.hubei.jxt.pilot.call;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with calls, as named predicates used by the pages ({@code @PreAuthorize}), the API and the call's
 * own service alike. Public so that method-security expressions ({@code @callPermissions.canManage(authentication)})
 * can call it.
 */
@Component("callPermissions")
public class CallPermissions {

    /** Create, edit, publish and cancel calls, and see drafts: the provincial programme office only. */
    public boolean canManage(Authentication user) {
        return CurrentUser.actsAsOfficer(user);
    }

    /** The same rule for a person the service acts for. */
    public boolean canManage(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    /**
     * Read calls: every business role. The three administrators (三员分立) see no business data through their
     * roles, so they may not.
     */
    public boolean canRead(Authentication user) {
        return CurrentUser.of(user)
                .map(u -> !u.isAdministrator() && Role.businessRoles().stream().anyMatch(u::has))
                .orElse(false);
    }

    /** Whether the user may see this call: officers see every call, others only calls that were published. */
    public boolean canSee(Authentication user, CallSummary call) {
        return canManage(user) || (canRead(user) && call.announced());
    }
}
