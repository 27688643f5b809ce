package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.VersionInfo;
import cn.gov.hubei.jxt.pilot.recommendation.ListStatus;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.ListRow;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The division's applications that still wait at this stage, each list one query: those not settled before the
 * list goes to the province, and those stranded by a submitted list.
 */
@Component
public class WaitingApplications {

    /** The statuses in which an application still waits for its recommender or its enterprise at this stage. */
    static final List<ApplicationStatus> UNSETTLED = List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED);

    private final RecommendationRepository repository;
    private final ProjectApplications applications;

    WaitingApplications(RecommendationRepository repository, ProjectApplications applications) {
        this.repository = repository;
        this.applications = applications;
    }

    /**
     * The division's applications in the call that are not settled: returned and awaiting the enterprise's
     * resubmission, or submitted and not yet decided (unchecked). Oldest first.
     */
    public List<ApplicationSummary> unsettled(long callId, String divisionCode) {
        List<ApplicationSummary> all = new ArrayList<>();
        for (ApplicationStatus status : UNSETTLED) {
            all.addAll(applications.list(inDivision(callId, divisionCode).status(status)));
        }
        return all.stream().sorted(Comparator.comparingLong(ApplicationSummary::id)).toList();
    }

    /**
     * The division's applications that wait for a decision while its list is submitted ({@link Stranded}); empty
     * while the list is open.
     */
    public List<Stranded> stranded(long callId, String divisionCode) {
        ListRow row = repository.find(callId, divisionCode).orElse(null);
        if (row == null || row.status() != ListStatus.SUBMITTED) {
            return List.of();
        }
        return applications.list(inDivision(callId, divisionCode).status(ApplicationStatus.SUBMITTED)).stream()
                .sorted(Comparator.comparingLong(ApplicationSummary::id))
                .map(a -> new Stranded(a, submittedAfter(a, row.submittedAt()))).toList();
    }

    private static ApplicationQuery inDivision(long callId, String divisionCode) {
        return ApplicationQuery.in(ApplicationScope.division(divisionCode)).call(callId).division(divisionCode);
    }

    private boolean submittedAfter(ApplicationSummary application, Instant listSubmittedAt) {
        List<VersionInfo> versions = applications.versions(application.id(), ApplicationScope.ALL);
        return listSubmittedAt != null && !versions.isEmpty()
                && versions.get(versions.size() - 1).submittedAt().isAfter(listSubmittedAt);
    }
}
