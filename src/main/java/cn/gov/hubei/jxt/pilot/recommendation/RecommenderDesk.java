package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;

import java.io.InputStream;
import java.util.List;

/**
 * The recommender's own actions, for a module that acts on a recommender's behalf with the same rules as the pages
 * (the demo data): the pre-check, 推荐 and the submission of the division's list. The caller has established that
 * {@code actor} is the division's recommender.
 */
public interface RecommenderDesk {

    /** The verdict on one of the eight conditions of §四: {@code MET}, {@code NOT_MET} or {@code TO_VERIFY}. */
    record ConditionVerdict(int condition, String verdict, String note) {
    }

    /** Saves the pre-check of the application's current version (all eight conditions). */
    void precheck(long applicationId, String divisionCode, List<ConditionVerdict> verdicts, String actor);

    /** 推荐: the application joins the end of the division's ranked list. */
    ApplicationSummary recommend(long applicationId, String divisionCode, String actor);

    /** Submits the division's list to the province with the stamped scan of the 汇总表; idempotent by key. */
    RecommendationList submitList(long callId, String divisionCode, String idempotencyKey, String scanName,
                                  InputStream scan, String actor);
}
