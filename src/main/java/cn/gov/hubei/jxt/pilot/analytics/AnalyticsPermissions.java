package cn.gov.hubei.jxt.pilot.analytics;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who sees the analytics and how much of them: the programme office (an officer acting, not an administrator) sees
 * every division; a recommender sees its own division only — the scope is the person's, never a parameter of the
 * request. The dashboards have no workflow: what is seen does not depend on a phase, only on the figures there are.
 */
@Component("analyticsPermissions")
public class AnalyticsPermissions {

    /** Open the dashboards. */
    public boolean canView(CurrentUser user) {
        if (user == null || user.isAdministrator()) {
            return false;
        }
        return user.actsAsOfficer() || user.has(Role.RECOMMENDER) && user.divisionCode().isPresent();
    }

    public boolean canView(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::canView).orElse(false);
    }

    /** Sees the whole province (every division). */
    public boolean seesProvince(CurrentUser user) {
        return user != null && !user.isAdministrator() && user.actsAsOfficer();
    }

    /**
     * The one division the person's figures are limited to: empty for the office, the recommender's own division
     * otherwise. Only meaningful when {@link #canView(CurrentUser)}.
     */
    public Optional<String> divisionScope(CurrentUser user) {
        return seesProvince(user) ? Optional.empty() : user.divisionCode();
    }
}
