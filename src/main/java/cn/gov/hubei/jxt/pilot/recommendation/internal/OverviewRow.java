package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;

import java.util.List;

/**
 * One division in the programme office's intake overview.
 *
 * @param applications the applications submitted to the division in the call (every status the recommender sees)
 * @param undecided    of those, how many still wait for the recommender's decision
 * @param stranded     of those, the ones waiting while the division's list is submitted (the office may reopen it)
 */
public record OverviewRow(RecommendationList list, int applications, int undecided, List<Stranded> stranded) {
}
