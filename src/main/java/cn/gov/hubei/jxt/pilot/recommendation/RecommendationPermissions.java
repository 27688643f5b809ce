package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the recommendation, as named predicates used by the pages ({@code @PreAuthorize}) and the API
 * alike. A recommender acts for its own division only: which division comes from its account, never from the
 * request, and another division's application or list is "not found". The programme office reads every list and
 * reopens submitted ones. Applicants, experts and the three administrators (三员分立) have no part here.
 */
@Component("recommendationPermissions")
public class RecommendationPermissions {

    /** The workspace, the pre-check, the outcomes, the ranking and the submission: a recommender of a division. */
    public boolean isRecommender(Authentication authentication) {
        return user(authentication) instanceof CurrentUser u && isRecommender(u);
    }

    /** The intake overview, every division's list, reopening: the programme office. */
    public boolean isOfficer(Authentication authentication) {
        return user(authentication) instanceof CurrentUser u && !u.isAdministrator() && u.has(Role.OFFICER);
    }

    /** Read an application's pre-check and a division's list: its recommender, or the programme office. */
    public boolean canRead(Authentication authentication) {
        return isRecommender(authentication) || isOfficer(authentication);
    }

    public static boolean isRecommender(CurrentUser user) {
        return user != null && !user.isAdministrator() && user.has(Role.RECOMMENDER)
                && user.divisionCode().isPresent();
    }

    /** The applications the user reaches here: a recommender its division's, an officer every submitted one. */
    public static ApplicationScope scope(CurrentUser user) {
        if (isRecommender(user)) {
            return ApplicationScope.division(user.divisionCode().get());
        }
        return user != null && !user.isAdministrator() && user.has(Role.OFFICER) ? ApplicationScope.PROVINCE
                : ApplicationScope.NONE;
    }

    /** Whether the user may read this division's list: its own recommender, or the programme office. */
    public static boolean canReadList(CurrentUser user, String divisionCode) {
        ApplicationScope scope = scope(user);
        return scope.kind() == ApplicationScope.Kind.PROVINCE
                || scope.kind() == ApplicationScope.Kind.DIVISION && scope.divisionCode().equals(divisionCode);
    }

    private static Object user(Authentication authentication) {
        return authentication == null ? null : authentication.getPrincipal();
    }
}
