package cn.gov.hubei.jxt.pilot.intake.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Which applications the province's intake reaches: the queue, the review page and every decision ask here, so the
 * rule lives in one place.
 *
 * <p>Today an application reaches the province when the recommender has recommended it (its status is in
 * {@link ApplicationStatus#WITH_PROVINCE}). When the recommendation module publishes whether a division's ranked list
 * (汇总表) was submitted to the province, {@link #reachedProvince} is where that guard is added — "recommended and
 * the division's list submitted" — and nothing else in this module changes.
 */
@Component
class ProvinceIntake {

    private final ProjectApplications applications;

    ProvinceIntake(ProjectApplications applications) {
        this.applications = applications;
    }

    /** The call's applications that reached the province. */
    List<ApplicationSummary> ofCall(long callId) {
        return applications.list(ApplicationScope.ALL).stream()
                .filter(a -> a.callId() == callId)
                .filter(this::reachedProvince)
                .toList();
    }

    /** Every application that reached the province, of any call. */
    List<ApplicationSummary> all() {
        return applications.list(ApplicationScope.ALL).stream().filter(this::reachedProvince).toList();
    }

    /** The application, if it exists and reached the province. */
    Optional<ApplicationSummary> find(long applicationId) {
        return applications.find(applicationId, ApplicationScope.ALL).filter(this::reachedProvince);
    }

    /** The seam for the "list submitted" guard (see the class comment). */
    boolean reachedProvince(ApplicationSummary application) {
        return application.status().isIn(ApplicationStatus.WITH_PROVINCE);
    }
}
