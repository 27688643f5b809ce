package cn.gov.hubei.jxt.pilot.call;

import java.time.Instant;

/**
 * A call as other modules see it. Times are instants; show them in Asia/Shanghai.
 *
 * @param version      the optimistic-lock version; every change, including a clock transition, increases it
 * @param publishedAt  when the call was published; {@code null} while it is a draft (or was cancelled as one)
 * @param cancelledAt  when the call was cancelled, with {@link #cancelReason()}
 */
public record CallSummary(long id, int year, String title, String notice, Instant filingOpensAt,
                          Instant filingClosesAt, Instant recommendationDeadline, Integer recommendationQuota,
                          Integer maxProjectsPerEnterprise, String elementConditionVersion, CallStatus status,
                          long version, Instant publishedAt, Instant cancelledAt, String cancelReason,
                          String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    public Instant at(CallMilestone milestone) {
        return switch (milestone) {
            case FILING_OPENS -> filingOpensAt;
            case FILING_CLOSES -> filingClosesAt;
            case RECOMMENDATION_DEADLINE -> recommendationDeadline;
        };
    }

    /** Whether enterprises and recommenders have been told about this call (it was published at some point). */
    public boolean announced() {
        return publishedAt != null;
    }

    /**
     * Whether filing is open at {@code now}: the call is in {@link CallStatus#FILING_OPEN} and {@code now} lies in
     * [opens-at, closes-at). The window check guards against a status that the clock has not advanced yet.
     */
    public boolean isFilingOpenAt(Instant now) {
        return status == CallStatus.FILING_OPEN && !now.isBefore(filingOpensAt) && now.isBefore(filingClosesAt);
    }
}
