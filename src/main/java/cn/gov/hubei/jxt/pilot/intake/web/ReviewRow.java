package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.intake.FormalReview;

import java.util.stream.Collectors;

/**
 * An earlier decision as the review page lists it: its conclusion as people read it (a failed overdue correction
 * says so) and the labels of its reason codes joined.
 */
record ReviewRow(FormalReview review, String outcome, String reasons) {

    static ReviewRow of(FormalReview review, IntakeTexts texts) {
        return new ReviewRow(review, texts.outcome(review), review.reasons().stream()
                .map(r -> texts.text(r.labelKey())).collect(Collectors.joining(texts.text("intake.reason.separator"))));
    }
}
