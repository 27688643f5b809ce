package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Who may do what in the recommendation, and when, as named predicates used by the pages ({@code @PreAuthorize}),
 * the API and the services alike (a service does not trust its caller: it asks the same predicate). A recommender
 * acts for its own division only: which division comes from its account, never from the request, and another
 * division's application or list is "not found". It decides, ranks and submits while its list is open and the
 * deadline in force has not passed ({@link #isOpen}); the programme office reads every list and reopens submitted
 * ones ({@link ListTransition#REOPEN}). Applicants, experts and the three administrators (三员分立) have no part here.
 */
@Component("recommendationPermissions")
public class RecommendationPermissions {

    private final Clock clock;

    public RecommendationPermissions(Clock clock) {
        this.clock = clock;
    }

    // ----------------------------------------------------------------------------------------------- roles

    /** The workspace, the pre-check, the outcomes, the ranking and the submission: a recommender of a division. */
    public boolean isRecommender(Authentication authentication) {
        return CurrentUser.of(authentication).map(RecommendationPermissions::isRecommender).orElse(false);
    }

    /** The intake overview, every division's list, reopening: the programme office. */
    public boolean isOfficer(Authentication authentication) {
        return CurrentUser.actsAsOfficer(authentication);
    }

    /** Read an application's pre-check and a division's list: its recommender, or the programme office. */
    public boolean canRead(Authentication authentication) {
        return isRecommender(authentication) || isOfficer(authentication);
    }

    public static boolean isRecommender(CurrentUser user) {
        return user != null && !user.isAdministrator() && user.has(Role.RECOMMENDER)
                && user.divisionCode().isPresent();
    }

    public static boolean isOfficer(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    /** The recommender of this very division. */
    public static boolean recommendsFor(CurrentUser user, String divisionCode) {
        return isRecommender(user) && user.divisionCode().get().equals(divisionCode);
    }

    /** The applications the user reaches here: a recommender its division's, an officer every submitted one. */
    public static ApplicationScope scope(CurrentUser user) {
        if (isRecommender(user)) {
            return ApplicationScope.division(user.divisionCode().get());
        }
        return isOfficer(user) ? ApplicationScope.PROVINCE : ApplicationScope.NONE;
    }

    /** Whether the user may read this division's list: its own recommender, or the programme office. */
    public static boolean canReadList(CurrentUser user, String divisionCode) {
        return isOfficer(user) || recommendsFor(user, divisionCode);
    }

    // ----------------------------------------------------------------------------------------------- phase

    /** The list may still change: not submitted, and the deadline in force (if any) not reached at {@code now}. */
    public static boolean isOpen(RecommendationList list, Instant now) {
        return list.status() == ListStatus.OPEN && (list.deadline() == null || now.isBefore(list.deadline()));
    }

    /**
     * Pre-check, 推荐, 退回修改, 不予推荐, 撤销决定 on an application: the recommender of its division, while the division's
     * list is open and its deadline not passed. Whether the application's status allows the decision is the
     * application's transition table's answer.
     */
    public boolean canDecide(CurrentUser user, ApplicationSummary application, RecommendationList list) {
        return recommendsFor(user, application.divisionCode()) && list.divisionCode().equals(application.divisionCode())
                && list.callId() == application.callId() && isOpen(list, clock.instant());
    }

    /** Reorder the list, move an entry, write a 备注: the division's recommender while the list is open. */
    public boolean canRank(CurrentUser user, RecommendationList list) {
        return recommendsFor(user, list.divisionCode()) && isOpen(list, clock.instant());
    }

    /** Submit the list to the province ({@link ListTransition#SUBMIT}): its recommender while it is open. */
    public boolean canSubmitList(CurrentUser user, RecommendationList list) {
        return recommendsFor(user, list.divisionCode()) && ListTransition.SUBMIT.isAllowedFrom(list.status())
                && isOpen(list, clock.instant());
    }

    /** Reopen the list ({@link ListTransition#REOPEN}): the programme office, once the list is submitted. */
    public boolean canReopen(CurrentUser user, RecommendationList list) {
        return isOfficer(user) && ListTransition.REOPEN.isAllowedFrom(list.status());
    }
}
