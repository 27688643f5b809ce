package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.RecommenderDesk;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.util.List;

/** {@link RecommenderDesk}: the recommender's use cases, with the same checks as the pages. */
@Component
class Desk implements RecommenderDesk {

    private final Prechecks prechecks;
    private final Decisions decisions;
    private final ListSubmission submission;
    private final RecommendationLists lists;

    Desk(Prechecks prechecks, Decisions decisions, ListSubmission submission, RecommendationLists lists) {
        this.prechecks = prechecks;
        this.decisions = decisions;
        this.submission = submission;
        this.lists = lists;
    }

    @Override
    public void precheck(long applicationId, List<ConditionVerdict> verdicts, CurrentUser by) {
        prechecks.save(applicationId, verdicts.stream()
                .map(v -> new PrecheckInput(v.condition(), v.verdict(), v.note())).toList(), by);
    }

    @Override
    public ApplicationSummary recommend(long applicationId, CurrentUser by) {
        return decisions.recommend(applicationId, by);
    }

    @Override
    public RecommendationList submitList(long callId, String idempotencyKey, String scanName, InputStream scan,
                                         CurrentUser by) {
        submission.submit(callId, idempotencyKey, scanName, scan, false, by);
        return lists.ranking(lists.callOf(callId), Ranking.divisionOf(by));
    }
}
