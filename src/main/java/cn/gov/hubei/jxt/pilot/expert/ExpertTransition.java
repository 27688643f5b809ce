package cn.gov.hubei.jxt.pilot.expert;

import java.util.Arrays;
import java.util.List;

/**
 * The expert's transition table: every legal status change, each with its one performer, the programme office
 * (an officer acting, not an administrator: {@link ExpertPermissions}), and always with a reason. Registering creates
 * an {@link ExpertStatus#ACTIVE} expert. The state diagram in {@code docs/state-diagrams/expert.md} is generated from
 * this table.
 */
public enum ExpertTransition {

    /** 停用: no longer drawn. */
    DEACTIVATE("deactivate", ExpertStatus.ACTIVE, ExpertStatus.INACTIVE),
    /** 启用: drawn again. */
    ACTIVATE("activate", ExpertStatus.INACTIVE, ExpertStatus.ACTIVE);

    /** Who performs a transition of this table. */
    public enum Performer { OFFICER }

    private final String code;
    private final ExpertStatus from;
    private final ExpertStatus to;

    ExpertTransition(String code, ExpertStatus from, ExpertStatus to) {
        this.code = code;
        this.from = from;
        this.to = to;
    }

    public String code() {
        return code;
    }

    public ExpertStatus from() {
        return from;
    }

    public ExpertStatus to() {
        return to;
    }

    public Performer performer() {
        return Performer.OFFICER;
    }

    public boolean reasonRequired() {
        return true;
    }

    public boolean isAllowedFrom(ExpertStatus status) {
        return from == status;
    }

    public static List<ExpertTransition> from(ExpertStatus status) {
        return Arrays.stream(values()).filter(t -> t.isAllowedFrom(status)).toList();
    }

    public String labelKey() {
        return "expert.transition." + code + ".label";
    }
}
