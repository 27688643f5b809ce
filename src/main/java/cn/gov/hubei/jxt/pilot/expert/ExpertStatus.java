package cn.gov.hubei.jxt.pilot.expert;

/** Whether an expert may be drawn. The moves between these are listed in {@link ExpertTransition}, and nowhere else. */
public enum ExpertStatus {
    /** 在库: may be drawn, may declare conflicts. */
    ACTIVE,
    /** 停用: kept with its history, never drawn; may be activated again. */
    INACTIVE;

    public String labelKey() {
        return "expert.status." + name();
    }

    public boolean isFinal() {
        return ExpertTransition.from(this).isEmpty();
    }
}
