package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who may do what with enterprises, as named predicates for {@code @PreAuthorize} on pages and API alike, and for the
 * enterprise's own services. The enterprise always comes from the logged-in user (never from the request), so staff
 * act only for their own. Public so that method-security expressions
 * ({@code @enterprisePermissions.isManager(authentication)}) can call it.
 */
@Component("enterprisePermissions")
public class EnterprisePermissions {

    private final Enterprises enterprises;

    EnterprisePermissions(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    /** Staff of an enterprise (an applicant bound to it): keep its profile. */
    public boolean isStaff(Authentication authentication) {
        return staff(CurrentUser.of(authentication)).isPresent();
    }

    /** The enterprise's manager (its first user): invite and disable colleagues. */
    public boolean isManager(Authentication authentication) {
        return staff(CurrentUser.of(authentication))
                .map(user -> enterprises.isManager(user.enterpriseId().orElseThrow(), user.id()))
                .orElse(false);
    }

    /** Decide on registrations whose credit code fails its check character: the programme office. */
    public boolean canReviewRegistrations(Authentication authentication) {
        return CurrentUser.actsAsOfficer(authentication);
    }

    /** The same rule for a person the service acts for. */
    public boolean canReviewRegistrations(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    private static Optional<CurrentUser> staff(Optional<CurrentUser> user) {
        return user.filter(u -> u.has(Role.APPLICANT) && !u.isAdministrator() && u.enterpriseId().isPresent());
    }
}
