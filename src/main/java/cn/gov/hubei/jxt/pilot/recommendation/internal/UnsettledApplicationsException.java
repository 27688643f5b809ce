package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;

import java.util.List;

/**
 * The list is to be submitted while applications of the division are not settled (returned and awaiting the
 * enterprise's resubmission, or submitted and not yet decided): refused until the recommender confirms, since after
 * the submission nobody can act on them until the programme office reopens the list.
 */
public class UnsettledApplicationsException extends RecommendationRefusedException {

    private final List<ApplicationSummary> applications;

    public UnsettledApplicationsException(List<ApplicationSummary> applications, String names) {
        super("recommendation.submit.unsettled", applications.size(), names);
        this.applications = List.copyOf(applications);
    }

    public List<ApplicationSummary> applications() {
        return applications;
    }
}
