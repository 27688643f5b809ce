package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;

/** The three conclusions of a formal review and the application transition each performs. */
public enum FormalReviewOutcome {
    /** 通过: the application goes on to site visits and the expert review. */
    PASS(ApplicationTransition.PASS_FORMAL),
    /** 要求补正: the enterprise corrects the application by a deadline and submits it again. */
    REQUEST_CORRECTION(ApplicationTransition.REQUEST_CORRECTION),
    /** 不通过: the application takes no further part in the call. */
    FAIL(ApplicationTransition.FAIL_FORMAL);

    private final ApplicationTransition transition;

    FormalReviewOutcome(ApplicationTransition transition) {
        this.transition = transition;
    }

    public ApplicationTransition transition() {
        return transition;
    }

    /** A correction request and a failure say why, with at least one reason code. */
    public boolean needsReasons() {
        return this != PASS;
    }

    /** The message key of the outcome's label (通过 / 要求补正 / 不通过). */
    public String labelKey() {
        return "intake.outcome." + name();
    }
}
