package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer's decision as posted by the page or the API, not yet checked.
 *
 * @param reviewedVersionNo the version the officer saw (the guard against a doubled or stale request)
 * @param reviewedStatus    the status the officer saw (idem)
 * @param reasons           reason codes as posted ({@link FormalReviewReason} names); unknown ones are refused
 * @param correctionDueDate for a correction request: the last day (Asia/Shanghai) on which the enterprise may submit
 *                          the correction; it ends at 23:59:59 of that day
 */
public record FormalDecision(long applicationId, Integer reviewedVersionNo, ApplicationStatus reviewedStatus,
                             FormalReviewOutcome outcome, List<String> reasons, String text,
                             LocalDate correctionDueDate) {

    public FormalDecision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
