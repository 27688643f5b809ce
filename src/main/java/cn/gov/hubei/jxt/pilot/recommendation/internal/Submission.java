package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;

import java.time.Instant;

/**
 * One submission of a list to the province.
 *
 * @param repeated the request repeated an earlier submission (same idempotency key): nothing new was recorded
 */
public record Submission(RecommendationList list, int number, Instant submittedAt, String submittedBy,
                         boolean late, int entryCount, long scanFileId, long docxFileId, long xlsxFileId,
                         boolean repeated) {
}
