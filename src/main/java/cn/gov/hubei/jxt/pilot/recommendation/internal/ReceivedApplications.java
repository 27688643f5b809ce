package cn.gov.hubei.jxt.pilot.recommendation.internal;

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

    /**
     * By division code, for the call, counted from the call's applications visible to recommenders (as queried with
     * {@link ApplicationStatusGroup#VISIBLE_TO_RECOMMENDER}); a division that received nothing is absent.
     */
    static Map<String, ReceivedApplications> byDivision(Collection<ApplicationSummary> applications, long callId) {
        Map<String, ReceivedApplications> counts = new HashMap<>();
        for (ApplicationSummary a : applications) {
            if (a.callId() == callId && a.lastVersionNo() > 0
                    && ApplicationStatusGroup.VISIBLE_TO_RECOMMENDER.contains(a.status())) {
                int undecided = a.status() == ApplicationStatus.SUBMITTED ? 1 : 0;
                counts.merge(a.divisionCode(), new ReceivedApplications(1, undecided),
                        (x, y) -> new ReceivedApplications(x.received + y.received, x.undecided + y.undecided));
            }
        }
        return counts;
    }
}
