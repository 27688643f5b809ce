package cn.gov.hubei.jxt.pilot.recommendation.internal;

import java.time.Instant;

/** The saved verdict on one condition for one submitted version, with the recommender's note. */
public record PrecheckItem(RecommendationCondition condition, Verdict verdict, String note, String checkedBy,
                           Instant checkedAt) {
}
