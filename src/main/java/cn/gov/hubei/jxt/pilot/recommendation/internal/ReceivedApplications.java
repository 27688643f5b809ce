package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What each division received in a call: the applications submitted to its recommender (any version, whatever
 * became of them since, except withdrawn ones), and of them those still waiting for the recommender's decision.
 */
record ReceivedApplications(int received, int undecided) {

    static final ReceivedApplications NONE = new ReceivedApplications(0, 0);

    /** The query of what the divisions received in the call: its applications visible to recommenders. */
    static ApplicationQuery query(long callId) {
        return ApplicationQuery.in(ApplicationScope.ALL).call(callId)
                .group(ApplicationStatusGroup.VISIBLE_TO_RECOMMENDER);
    }

    /** By division code, counted from the answer of {@link #query}; a division that received nothing is absent. */
    static Map<String, ReceivedApplications> byDivision(Collection<ApplicationSummary> received) {
        Map<String, ReceivedApplications> counts = new HashMap<>();
        for (ApplicationSummary a : received) {
            int undecided = a.status() == ApplicationStatus.SUBMITTED ? 1 : 0;
            counts.merge(a.divisionCode(), new ReceivedApplications(1, undecided),
                    (x, y) -> new ReceivedApplications(x.received + y.received, x.undecided + y.undecided));
        }
        return counts;
    }
}
