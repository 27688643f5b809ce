package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;

/**
 * One division in the programme office's intake overview.
 *
 * @param applications the applications submitted to the division in the call (every status the recommender sees)
 * @param undecided    of those, how many still wait for the recommender's decision
 */
public record OverviewRow(RecommendationList list, int applications, int undecided) {
}
