package cn.gov.hubei.jxt.pilot.objection;

import java.util.Arrays;
import java.util.List;

/**
 * The objection case's transition table: every legal status change and its one performer. A case is created
 * {@link ObjectionStatus#RECEIVED} by the objector's submission (anyone, in the notice's period); every transition is
 * the programme office's (an officer acting, not an administrator: {@link ObjectionPermissions}). The state diagram in
 * {@code docs/state-diagrams/objection.md} is generated from this table.
 */
public enum ObjectionTransition {

    /** 受理. */
    ACCEPT("accept", Performer.OFFICE, false, ObjectionStatus.RECEIVED, ObjectionStatus.ACCEPTED),
    /** 不予受理, with the reason the objector reads. */
    DECLINE("decline", Performer.OFFICE, true, ObjectionStatus.RECEIVED, ObjectionStatus.DECLINED),
    /** 异议成立, with the reason. */
    UPHOLD("uphold", Performer.OFFICE, true, ObjectionStatus.ACCEPTED, ObjectionStatus.UPHELD),
    /** 异议不成立, with the reason. */
    DISMISS("dismiss", Performer.OFFICE, true, ObjectionStatus.ACCEPTED, ObjectionStatus.DISMISSED);

    /** Who takes a transition. */
    public enum Performer {
        /** The programme office: an officer acting, not an administrator. */
        OFFICE
    }

    private final String code;
    private final Performer performer;
    private final boolean reasonRequired;
    private final ObjectionStatus from;
    private final ObjectionStatus to;

    ObjectionTransition(String code, Performer performer, boolean reasonRequired, ObjectionStatus from,
                        ObjectionStatus to) {
        this.code = code;
        this.performer = performer;
        this.reasonRequired = reasonRequired;
        this.from = from;
        this.to = to;
    }

    /** The transition's name in audit actions, URLs and message keys. */
    public String code() {
        return code;
    }

    public Performer performer() {
        return performer;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public ObjectionStatus from() {
        return from;
    }

    public ObjectionStatus to() {
        return to;
    }

    public boolean isAllowedFrom(ObjectionStatus status) {
        return from == status;
    }

    /** Whether the transition concludes the case (publishes {@link ObjectionConcluded}). */
    public boolean concludes() {
        return to.isFinal();
    }

    /**
     * The one guard of the table: refuses, with the case's status now in words, a transition the table does not allow.
     */
    public void requireAllowedFrom(ObjectionStatus status) {
        if (!isAllowedFrom(status)) {
            throw new ObjectionRefusedException("objection." + code + ".refused",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(status.labelKey()));
        }
    }

    /** The transitions that leave a status, in table order. */
    public static List<ObjectionTransition> from(ObjectionStatus status) {
        return Arrays.stream(values()).filter(t -> t.isAllowedFrom(status)).toList();
    }

    /** The transition of a code, e.g. {@code accept}. */
    public static java.util.Optional<ObjectionTransition> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** The message key of the transition's name. */
    public String labelKey() {
        return "objection.transition." + code + ".label";
    }
}
