package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.StatusChange;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One application as the recommender checks it: the current submitted version, the facts on each recommendation
 * condition, the verdicts saved for this version, the list it would join and what may be done now.
 *
 * @param closedReason            why the recommender can no longer act; {@code null} while the list is open
 * @param returnDeadlineRequired  filing has closed, so a return must say by when to resubmit
 * @param rank                    the place on the list when recommended
 */
public record Review(ApplicationSummary application, FrozenVersion version, PrecheckFacts facts,
                     Map<RecommendationCondition, PrecheckItem> items, CallSummary call, RecommendationList list,
                     String closedReason, boolean returnDeadlineRequired, Integer rank, List<StatusChange> history,
                     Stranded stranded) {

    public boolean open() {
        return closedReason == null;
    }

    public PrecheckState precheckState() {
        return PrecheckState.of(items.values().stream().map(PrecheckItem::verdict).toList());
    }

    public boolean can(ApplicationTransition transition) {
        return open() && transition.isAllowedFrom(application.status());
    }

    /** The verdicts may change while the application waits for a decision. */
    public boolean canPrecheck() {
        return open() && application.status() == ApplicationStatus.SUBMITTED;
    }

    public Instant deadline() {
        return list.deadline();
    }
}
