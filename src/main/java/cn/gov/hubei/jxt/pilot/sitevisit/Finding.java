package cn.gov.hubei.jxt.pilot.sitevisit;

/** What the team found for one checklist item. */
public enum Finding {
    /** 属实 */
    TRUE(false),
    /** 基本属实: a note says what differs. */
    MOSTLY_TRUE(true),
    /** 不属实: a note says what was found. */
    UNTRUE(true);

    private final boolean noteRequired;

    Finding(boolean noteRequired) {
        this.noteRequired = noteRequired;
    }

    public boolean noteRequired() {
        return noteRequired;
    }

    public String labelKey() {
        return "sitevisit.finding." + name();
    }
}
