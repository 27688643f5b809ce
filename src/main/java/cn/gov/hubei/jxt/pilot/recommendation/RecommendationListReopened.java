package cn.gov.hubei.jxt.pilot.recommendation;

import java.time.Instant;

/**
 * The programme office reopened a division's submitted list, so that the recommender can change it and submit it
 * again.
 *
 * @param newDeadline the deadline set for the division; {@code null}: none (open until submitted again)
 */
public record RecommendationListReopened(long callId, String divisionCode, String reason, Instant newDeadline,
                                         Instant reopenedAt, String reopenedBy) {
}
