package cn.gov.hubei.jxt.pilot.intake.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.recommendation.Recommendations;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which applications the province's intake reaches: the queue, the review page and every decision ask here, so the
 * rule lives in one place.
 *
 * <p>An application reaches the province when its division's recommender recommended it and submitted the ranked
 * list (汇总表) to the province: status {@link ApplicationStatus#RECOMMENDED} and the list submitted. Once the
 * province has decided on it (its status is further in {@link ApplicationStatusGroup#WITH_PROVINCE}) it stays here, also
 * while an officer has reopened the division's list; a merely recommended application of a reopened list waits
 * until the list is submitted again.
 */
@Component
class ProvinceIntake {

    private final ProjectApplications applications;
    private final Recommendations recommendations;

    ProvinceIntake(ProjectApplications applications, Recommendations recommendations) {
        this.applications = applications;
        this.recommendations = recommendations;
    }

    /** The call's applications that reached the province. */
    List<ApplicationSummary> ofCall(long callId) {
        Map<String, Boolean> submitted = new HashMap<>();
        return applications.list(ApplicationScope.ALL).stream()
                .filter(a -> a.callId() == callId)
                .filter(a -> reachedProvince(a, submitted))
                .toList();
    }

    /** Every application that reached the province, of any call. */
    List<ApplicationSummary> all() {
        Map<String, Boolean> submitted = new HashMap<>();
        return applications.list(ApplicationScope.ALL).stream().filter(a -> reachedProvince(a, submitted)).toList();
    }

    /** The application, if it exists and reached the province. */
    Optional<ApplicationSummary> find(long applicationId) {
        return applications.find(applicationId, ApplicationScope.ALL).filter(this::reachedProvince);
    }

    /** See the class comment. */
    boolean reachedProvince(ApplicationSummary application) {
        return reachedProvince(application, new HashMap<>());
    }

    /**
     * A requested correction (待补正) whose deadline has passed without the enterprise submitting it (已逾期). From
     * the deadline on, the application module refuses the correction (a submission at or after it is late), so from
     * the same instant the queue marks it and the officer may fail the application: one rule for the queue, the review
     * page and the decision.
     */
    static boolean correctionOverdue(ApplicationSummary application, Instant now) {
        return application.status() == ApplicationStatus.CORRECTION_REQUESTED && application.returnDeadline() != null
                && !now.isBefore(application.returnDeadline());
    }

    /** The application's rank on its division's list, while it is on it. */
    OptionalInt rankOf(long applicationId) {
        return recommendations.rankOf(applicationId);
    }

    /** As {@link #reachedProvince(ApplicationSummary)}, asking once per call and division. */
    private boolean reachedProvince(ApplicationSummary application, Map<String, Boolean> submittedLists) {
        if (!ApplicationStatusGroup.WITH_PROVINCE.contains(application.status())) {
            return false;
        }
        if (application.status() != ApplicationStatus.RECOMMENDED) {
            return true;
        }
        return submittedLists.computeIfAbsent(application.callId() + "/" + application.divisionCode(),
                k -> recommendations.isSubmitted(application.callId(), application.divisionCode()));
    }
}
