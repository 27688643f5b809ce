package cn.gov.hubei.jxt.pilot.recommendation;

import java.time.Instant;
import java.util.List;

/**
 * A division submitted its recommendation list to the province, published in the transaction that recorded it.
 *
 * @param applicationIds the recommended applications in rank order
 * @param number         1 for the first submission, 2 after a reopening, …
 * @param late           it came after the call's recommendation deadline
 */
public record RecommendationListSubmitted(long callId, String divisionCode, List<Long> applicationIds, int number,
                                          boolean late, Instant submittedAt, String submittedBy) {
}
