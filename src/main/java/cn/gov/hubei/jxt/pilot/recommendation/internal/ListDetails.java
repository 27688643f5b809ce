package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;

import java.time.Instant;
import java.util.List;

/** A list with its submissions and reopenings, for the read-only view of the programme office. */
public record ListDetails(RecommendationList list, List<SubmissionInfo> submissions, List<Reopening> reopenings) {

    public record SubmissionInfo(int number, Instant submittedAt, String submittedBy, boolean late, int entryCount,
                                 Instant deadline) {
    }

    public record Reopening(Instant reopenedAt, String reopenedBy, String reason, Instant newDeadline) {
    }
}
