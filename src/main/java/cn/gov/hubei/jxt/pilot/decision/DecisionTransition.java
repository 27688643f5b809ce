package cn.gov.hubei.jxt.pilot.decision;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.Arrays;
import java.util.List;

/**
 * The decision's transition table: every legal status change. Both are the programme office's (an officer acting,
 * not an administrator: {@link DecisionPermissions}). Recording (and replacing while pending) creates a
 * {@link DecisionStatus#PENDING} decision; the state diagram in {@code docs/state-diagrams/decision.md} is generated
 * from this table.
 */
public enum DecisionTransition {

    /** 发布: with the whole batch, at one instant. */
    RELEASE("release", false, DecisionStatus.PENDING, DecisionStatus.RELEASED),
    /** 撤回: one pending decision, with a reason. */
    WITHDRAW("withdraw", true, DecisionStatus.PENDING, DecisionStatus.WITHDRAWN);

    private final String code;
    private final boolean reasonRequired;
    private final DecisionStatus from;
    private final DecisionStatus to;

    DecisionTransition(String code, boolean reasonRequired, DecisionStatus from, DecisionStatus to) {
        this.code = code;
        this.reasonRequired = reasonRequired;
        this.from = from;
        this.to = to;
    }

    /** The transition's name in audit actions and message keys. */
    public String code() {
        return code;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public DecisionStatus from() {
        return from;
    }

    public DecisionStatus to() {
        return to;
    }

    public boolean isAllowedFrom(DecisionStatus status) {
        return from == status;
    }

    /**
     * The one guard of the table: refuses, with the reason in words (the decision's status now), a transition the
     * table does not allow from {@code status}.
     */
    public void requireAllowedFrom(DecisionStatus status) {
        if (!isAllowedFrom(status)) {
            throw new DecisionRefusedException("decision." + code + ".refused",
                    new DefaultMessageSourceResolvable(status.labelKey()));
        }
    }

    /** The transitions that leave a status, in table order. */
    public static List<DecisionTransition> from(DecisionStatus status) {
        return Arrays.stream(values()).filter(t -> t.isAllowedFrom(status)).toList();
    }

    /** The message key of the transition's name. */
    public String labelKey() {
        return "decision.transition." + code + ".label";
    }
}
