package cn.gov.hubei.jxt.pilot.monitoring;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the monitoring, as named predicates of the person, the report's status and the round's phase,
 * for pages, the API, {@code @PreAuthorize}, the navigation and the services (which check them again). The
 * performer of each report transition is the table's ({@link ReportTransition}): the unit (an applicant of the
 * designated project's enterprise), the recommender of its division, or the office (an officer acting, not an
 * administrator: {@link CurrentUser#actsAsOfficer()}).
 */
@Component("monitoringPermissions")
public class MonitoringPermissions {

    /** The office's pages: rounds, every report, checks. */
    public boolean manages(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    /** Open a round. */
    public boolean canOpenRound(CurrentUser user) {
        return manages(user);
    }

    /** Record a spot check (抽查). */
    public boolean canCheck(CurrentUser user) {
        return manages(user);
    }

    /**
     * Record the follow-up of a check: the office, once the check required rectification (its phase: the
     * rectification ordered and not yet followed up) and while the designation stands (not revoked).
     */
    public boolean canFollowUp(CurrentUser user, SpotCheck.Conclusion conclusion, boolean followedUp,
                               boolean revoked) {
        return manages(user) && conclusion == SpotCheck.Conclusion.RECTIFYING && !followedUp && !revoked;
    }

    /** See reports: the office, a unit's staff, a division's recommenders (each their own, applied in SQL). */
    public boolean seesReports(CurrentUser user) {
        return manages(user) || isUnit(user) || isRecommender(user);
    }

    /** Whether the person may see this report at all. */
    public boolean canSee(CurrentUser user, long enterpriseId, String divisionCode) {
        return manages(user) || ofEnterprise(user, enterpriseId) || ofDivision(user, divisionCode);
    }

    /** Save the draft: the unit's, while the round is open (or the report returned for correction). */
    public boolean canEdit(CurrentUser user, long enterpriseId, ReportStatus status, RoundPhase phase) {
        return ofEnterprise(user, enterpriseId)
                && (status == ReportStatus.DRAFT && phase == RoundPhase.OPEN || status == ReportStatus.RETURNED);
    }

    /** Take a transition of the table: the performer, the status, the phase. */
    public boolean may(CurrentUser user, ReportTransition transition, long enterpriseId, String divisionCode,
                       ReportStatus status, RoundPhase phase) {
        boolean performer = switch (transition.performer()) {
            case ENTERPRISE -> ofEnterprise(user, enterpriseId);
            case RECOMMENDER -> ofDivision(user, divisionCode);
            case OFFICER -> manages(user);
        };
        return performer && status != null && transition.isAllowed(status, phase);
    }

    public boolean manages(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::manages).orElse(false);
    }

    public boolean seesReports(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::seesReports).orElse(false);
    }

    private static boolean isUnit(CurrentUser user) {
        return user != null && !user.isAdministrator() && user.has(Role.APPLICANT) && user.enterpriseId().isPresent();
    }

    private static boolean isRecommender(CurrentUser user) {
        return user != null && !user.isAdministrator() && user.has(Role.RECOMMENDER)
                && user.divisionCode().isPresent();
    }

    private static boolean ofEnterprise(CurrentUser user, long enterpriseId) {
        return isUnit(user) && user.enterpriseId().get() == enterpriseId;
    }

    private static boolean ofDivision(CurrentUser user, String divisionCode) {
        return isRecommender(user) && user.divisionCode().get().equals(divisionCode);
    }
}
