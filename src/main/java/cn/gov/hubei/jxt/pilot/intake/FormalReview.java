package cn.gov.hubei.jxt.pilot.intake;

import java.time.Instant;
import java.util.List;

/**
 * One decision of the formal review, as recorded.
 *
 * @param versionNo         the submitted version (第 n 版) the officer reviewed
 * @param overdueCorrection a failure taken because the correction requested on this version was not submitted by its
 *                          deadline (逾期未补正); the version's own review is then the decision before it
 * @param reasons           the reason codes in {@link FormalReviewReason} order; empty for a pass
 * @param text              what to correct or why it failed; an optional remark for a pass, otherwise {@code null}
 * @param deadline          for a correction request: by when the enterprise is to submit the correction; else
 *                          {@code null}
 * @param reason            the reason as the enterprise reads it on its application ("【材料不全、其他】text")
 */
public record FormalReview(long id, long applicationId, int versionNo, FormalReviewOutcome outcome,
                           boolean overdueCorrection, List<FormalReviewReason> reasons, String text, Instant deadline,
                           String officer, Instant decidedAt, String reason) {

    public FormalReview {
        reasons = List.copyOf(reasons);
    }
}
