package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;

/**
 * An action of the recommender or the programme office that the list's state, the deadline, the quota or a rule does
 * not allow. The message (key in the recommendation bundle, with arguments) says why in words a person understands;
 * arguments that are message keys themselves are resolved first.
 */
public class RecommendationRefusedException extends RefusedException {

    public RecommendationRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
