package cn.gov.hubei.jxt.pilot.call;

import java.time.Instant;

/**
 * The complete new terms of an existing call (a full replacement, not a patch). While filing is open only the
 * closing time, the recommenders' deadline, the quota and the notice may differ from the current terms.
 */
public record CallChanges(Integer year, String title, String notice, Instant filingOpensAt, Instant filingClosesAt,
                          Instant recommendationDeadline, Integer recommendationQuota,
                          Integer maxProjectsPerEnterprise, String elementConditionVersion) implements CallTerms {

    /** The current terms of a call, as the starting point for a change. */
    public static CallChanges of(CallSummary call) {
        return new CallChanges(call.year(), call.title(), call.notice(), call.filingOpensAt(), call.filingClosesAt(),
                call.recommendationDeadline(), call.recommendationQuota(), call.maxProjectsPerEnterprise(),
                call.elementConditionVersion());
    }

    public CallChanges withFilingClosesAt(Instant closesAt) {
        return new CallChanges(year, title, notice, filingOpensAt, closesAt, recommendationDeadline,
                recommendationQuota, maxProjectsPerEnterprise, elementConditionVersion);
    }

    public CallChanges withRecommendationDeadline(Instant deadline) {
        return new CallChanges(year, title, notice, filingOpensAt, filingClosesAt, deadline,
                recommendationQuota, maxProjectsPerEnterprise, elementConditionVersion);
    }

    public CallChanges withTitle(String newTitle) {
        return new CallChanges(year, newTitle, notice, filingOpensAt, filingClosesAt, recommendationDeadline,
                recommendationQuota, maxProjectsPerEnterprise, elementConditionVersion);
    }

    public CallChanges withRecommendationQuota(Integer quota) {
        return new CallChanges(year, title, notice, filingOpensAt, filingClosesAt, recommendationDeadline,
                quota, maxProjectsPerEnterprise, elementConditionVersion);
    }
}
