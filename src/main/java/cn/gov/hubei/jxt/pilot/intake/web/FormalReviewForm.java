package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewReason;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

/**
 * The decision form of the review page: the only fields bound from the request. Bean Validation catches a missing
 * outcome; the formal review's rules (the same for the API) check everything else, field by field.
 *
 * @param outcome           PASS, REQUEST_CORRECTION or FAIL
 * @param reasons           reason codes (checkboxes)
 * @param deadline          the correction's due date, {@code yyyy-MM-dd} (a date input); ignored unless the outcome
 *                          is a correction request, since the form always carries the proposed date
 * @param reviewedVersionNo hidden: the version shown to the officer
 * @param reviewedStatus    hidden: the status shown to the officer
 */
record FormalReviewForm(@NotBlank(message = "{intake.validation.outcome.required}") String outcome, List<String> reasons, String text, String deadline,
                        Integer reviewedVersionNo, String reviewedStatus) {

    static FormalReviewForm blank(int versionNo, String status, String defaultDeadline) {
        return new FormalReviewForm(null, List.of(), null, defaultDeadline, versionNo, status);
    }

    /**
     * The form for an overdue correction: the only conclusion left is 不通过; it proposes 材料不全 with the text
     * {@code defaultText} (逾期未提交补正材料), which the officer may change.
     */
    static FormalReviewForm overdue(int versionNo, String status, String defaultText) {
        return new FormalReviewForm(FormalReviewOutcome.FAIL.name(), List.of(FormalReviewReason.INCOMPLETE.name()),
                defaultText, null, versionNo, status);
    }

    DecisionInput input(long applicationId) {
        boolean correction = "REQUEST_CORRECTION".equals(outcome == null ? null : outcome.strip());
        return new DecisionInput(applicationId, outcome, reasons == null ? List.of() : reasons, text,
                correction ? deadline : null, reviewedVersionNo, reviewedStatus);
    }
}
