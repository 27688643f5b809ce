package cn.gov.hubei.jxt.pilot.intake;

import java.time.Instant;
import java.util.List;

/**
 * A formal review decision was recorded and the application's status changed accordingly; published inside the
 * transaction that did both (after the application's own {@code ApplicationStatusChanged}).
 */
public record FormalReviewDecided(long reviewId, long applicationId, long callId, String divisionCode,
                                  int versionNo, FormalReviewOutcome outcome, List<FormalReviewReason> reasons,
                                  Instant deadline, String officer, Instant decidedAt) {

    public FormalReviewDecided {
        reasons = List.copyOf(reasons);
    }
}
