package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;

/**
 * An application of a division that waits for its recommender's decision while the division's list is submitted to
 * the province: nobody can check or recommend it until the programme office reopens the list; otherwise it waits
 * for the next call. Shown on both sides with that way forward, never left behind silently disabled controls.
 *
 * @param afterList whether its current version was submitted after the list (逾期：名单报送后提交), rather than left
 *                  undecided when the list was submitted
 */
public record Stranded(ApplicationSummary application, boolean afterList) {

    /** The message key of its label: 逾期 (submitted after the list) or left undecided at the submission. */
    public String labelKey() {
        return afterList ? "recommendation.stranded.late" : "recommendation.stranded.undecided";
    }
}
