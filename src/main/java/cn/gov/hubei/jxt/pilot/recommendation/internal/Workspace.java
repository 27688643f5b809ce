package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;

import java.util.List;
import java.util.Map;

/**
 * A recommender's workspace for one call: the division's applications (after search and filter), the counts by
 * status (of all of them), the list and whether the recommender may still act.
 *
 * @param closedReason why nothing can be changed any more; {@code null} while the list is open
 * @param stranded     the applications that wait for a decision while the list is submitted
 */
public record Workspace(CallSummary call, List<Row> rows, Map<ApplicationStatus, Long> counts, int total,
                        RecommendationList list, String closedReason, List<Stranded> stranded) {

    /** The application's {@link Stranded} entry, or {@code null}. */
    public Stranded strandedOf(long applicationId) {
        return stranded.stream().filter(s -> s.application().id() == applicationId).findFirst().orElse(null);
    }

    public boolean open() {
        return closedReason == null;
    }

    public long count(ApplicationStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    /** @param rank the place on the list when recommended */
    public record Row(ApplicationSummary application, Integer rank, PrecheckState precheck) {
    }
}
