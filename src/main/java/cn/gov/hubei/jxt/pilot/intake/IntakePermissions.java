package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Who may use the province's intake and when, as named predicates for the pages, the API and the services alike
 * ({@code @intakePermissions.canReview(authentication)}): the provincial programme office (省经信厅装备工业处) only,
 * by the one rule {@link CurrentUser#actsAsOfficer()} (the three administrators see no business data). Which
 * applications the intake reaches at all is its own rule (with the province): outside it a page or an API call
 * answers 404; these predicates then say what the officer may do with an application in its phase.
 */
@Component("intakePermissions")
public class IntakePermissions {

    private final Clock clock;

    public IntakePermissions(Clock clock) {
        this.clock = clock;
    }

    /** Use the intake at all (its pages, its API, the navigation's entry): a person acting for the programme office. */
    public boolean canReview(Authentication user) {
        return CurrentUser.actsAsOfficer(user);
    }

    public boolean canReview(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    /** See a call's intake queue: an officer, once the call is announced (a draft call has no queue). */
    public boolean canSeeQueue(CurrentUser user, CallSummary call) {
        return canReview(user) && call != null && call.status() != CallStatus.DRAFT;
    }

    /**
     * Take a formal review decision on an application with the province now: an officer, while the application awaits
     * the formal review (first review or re-review after a correction), or once a correction requested on it is
     * overdue (then only 不通过). Not while the enterprise may still submit its correction, nor once decided.
     */
    public boolean canDecide(CurrentUser user, ApplicationSummary application) {
        return canReview(user) && application != null
                && (ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.contains(application.status())
                || correctionOverdue(application, clock.instant()));
    }

    /**
     * A requested correction (待补正) whose deadline has passed without the enterprise submitting it (已逾期). From
     * the deadline on, the application module refuses the correction (a submission at or after it is late), so from
     * the same instant the queue marks it and the officer may fail the application: one rule for the queue, the review
     * page and the decision.
     */
    public static boolean correctionOverdue(ApplicationSummary application, Instant now) {
        return application.status() == ApplicationStatus.CORRECTION_REQUESTED && application.returnDeadline() != null
                && !now.isBefore(application.returnDeadline());
    }
}
