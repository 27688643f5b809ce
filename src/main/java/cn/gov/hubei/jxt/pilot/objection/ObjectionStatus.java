package cn.gov.hubei.jxt.pilot.objection;

/** Where an objection case stands. The moves between these statuses are listed in {@link ObjectionTransition}, and nowhere else. */
public enum ObjectionStatus {
    /** 已收到: submitted in the notice's period, waiting for the office to accept it or not. */
    RECEIVED,
    /** 已受理: accepted; the office investigates. */
    ACCEPTED,
    /** 不予受理: declined with a reason. Final. */
    DECLINED,
    /** 异议成立: upheld with a reason; the project may be taken off the list. Final. */
    UPHELD,
    /** 异议不成立: dismissed with a reason. Final. */
    DISMISSED;

    /** The message key of the status's name. */
    public String labelKey() {
        return "objection.status." + name();
    }

    /** Whether no transition leaves this status: the case is concluded. */
    public boolean isFinal() {
        return ObjectionTransition.from(this).isEmpty();
    }
}
