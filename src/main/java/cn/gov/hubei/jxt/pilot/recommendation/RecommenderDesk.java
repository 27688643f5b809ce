package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.io.InputStream;
import java.util.List;

/**
 * The recommender's own actions, for a module that acts on a recommender's behalf with the same rules as the pages
 * (the demo data): the pre-check, 推荐 and the submission of the division's list. The person acting is {@code by}
 * (e.g. from {@code UserAdministration.actingAs}); the services check, as for the pages, that they are the
 * recommender of the application's division and that the list is still open.
 */
public interface RecommenderDesk {

    /** The verdict on one of the eight conditions of §四: {@code MET}, {@code NOT_MET} or {@code TO_VERIFY}. */
    record ConditionVerdict(int condition, String verdict, String note) {
    }

    /** Saves the pre-check of the application's current version (all eight conditions). */
    void precheck(long applicationId, List<ConditionVerdict> verdicts, CurrentUser by);

    /** 推荐: the application joins the end of the division's ranked list. */
    ApplicationSummary recommend(long applicationId, CurrentUser by);

    /** Submits {@code by}'s division's list to the province with the stamped scan of the 汇总表; idempotent by key. */
    RecommendationList submitList(long callId, String idempotencyKey, String scanName, InputStream scan,
                                  CurrentUser by);
}
