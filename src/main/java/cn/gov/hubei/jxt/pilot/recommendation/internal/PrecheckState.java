package cn.gov.hubei.jxt.pilot.recommendation.internal;

import java.util.List;

/** How far the pre-check of an application's current version has got (labels: {@code recommendation.precheck.state.*}). */
public enum PrecheckState {
    /** 未预审 */
    NONE,
    /** 预审未完成: some conditions have no verdict yet */
    INCOMPLETE,
    /** 预审符合: every condition met or to be verified */
    PASSED,
    /** 有不符合项 */
    FAILED;

    static PrecheckState of(List<Verdict> verdicts) {
        if (verdicts == null || verdicts.isEmpty()) {
            return NONE;
        }
        if (verdicts.contains(Verdict.NOT_MET)) {
            return FAILED;
        }
        return verdicts.size() < RecommendationCondition.values().length ? INCOMPLETE : PASSED;
    }

    public String labelKey() {
        return "recommendation.precheck.state." + name();
    }
}
