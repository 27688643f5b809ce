package cn.gov.hubei.jxt.pilot.review;

/** Where a score sheet stands. The moves between these statuses are listed in {@link SheetTransition}, and nowhere else. */
public enum SheetStatus {
    /** 草稿: the expert fills it in (autosaved); not counted. */
    DRAFT,
    /** 已提交: locked and counted; only the programme office can unlock it (with a reason). */
    SUBMITTED;

    public String labelKey() {
        return "review.sheet.status." + name();
    }
}
