package cn.gov.hubei.jxt.pilot.decision;

/** Where a decision stands. The moves between these statuses are listed in {@link DecisionTransition}, and nowhere else. */
public enum DecisionStatus {
    /** 待发布: recorded, seen only by the programme office; may be replaced or withdrawn. */
    PENDING,
    /** 已发布: released with its batch; visible to everyone the owning module lets see its subject. Final. */
    RELEASED,
    /** 已撤回: withdrawn before release; never visible outside the programme office. Final. */
    WITHDRAWN;

    /** The message key of the status's name. */
    public String labelKey() {
        return "decision.status." + name();
    }

    /** Whether no transition leaves this status. */
    public boolean isFinal() {
        return DecisionTransition.from(this).isEmpty();
    }
}
