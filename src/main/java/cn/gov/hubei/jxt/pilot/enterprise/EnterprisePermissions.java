package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what with enterprises, as named predicates for {@code @PreAuthorize} on pages and API alike. The
 * enterprise always comes from the logged-in user (never from the request), so staff act only for their own.
 * Public so that method-security expressions ({@code @enterprisePermissions.isManager(authentication)}) can call it.
 */
@Component("enterprisePermissions")
public class EnterprisePermissions {

    private static final Set<String> ADMINISTRATOR_AUTHORITIES = Role.administrators().stream()
            .map(Role::authority).collect(Collectors.toUnmodifiableSet());

    private final Enterprises enterprises;

    EnterprisePermissions(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    /** Staff of an enterprise (an applicant bound to it): keep its profile. */
    public boolean isStaff(Authentication authentication) {
        return staff(authentication).isPresent();
    }

    /** The enterprise's manager (its first user): invite and disable colleagues. */
    public boolean isManager(Authentication authentication) {
        return staff(authentication)
                .map(user -> enterprises.isManager(user.enterpriseId().orElseThrow(), user.id()))
                .orElse(false);
    }

    /** Decide on registrations whose credit code fails its check character: the programme office. */
    public boolean canReviewRegistrations(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && authorities(authentication).contains(Role.OFFICER.authority())
                && authorities(authentication).stream().noneMatch(ADMINISTRATOR_AUTHORITIES::contains);
    }

    private static Optional<CurrentUser> staff(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return Optional.empty();
        }
        boolean applicant = authorities(authentication).contains(Role.APPLICANT.authority());
        return applicant && !user.isAdministrator() && user.enterpriseId().isPresent()
                ? Optional.of(user) : Optional.empty();
    }

    private static Set<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }
}
