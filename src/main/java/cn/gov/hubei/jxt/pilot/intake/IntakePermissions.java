package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may use the province's intake, as named predicates for the pages and the API alike
 * ({@code @intakePermissions.canReview(authentication)}). Which applications it reaches is the intake's own rule
 * (with the province): outside it a page or an API call answers 404.
 */
@Component("intakePermissions")
public class IntakePermissions {

    private static final Set<String> ADMINISTRATOR_AUTHORITIES = Role.administrators().stream()
            .map(Role::authority)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * See the intake queue, open a review and decide: the provincial programme office (省经信厅装备工业处) only. The
     * three administrators (三员分立) see no business data, even if an account held a business role besides.
     */
    public boolean canReview(Authentication user) {
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        Set<String> authorities = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return authorities.contains(Role.OFFICER.authority())
                && authorities.stream().noneMatch(ADMINISTRATOR_AUTHORITIES::contains);
    }
}
