package cn.gov.hubei.jxt.pilot.sitevisit;

/** Where a site visit stands. The moves between these statuses are listed in {@link SiteVisitTransition} only. */
public enum SiteVisitStatus {
    /** 已计划: planned on a working day, checklist taken; nothing recorded yet. */
    PLANNED,
    /** 记录中: the team has started recording findings, attendees, photos or the conclusion. */
    RECORDING,
    /** 已签署: signed off by the team leader; locked. Final. */
    SIGNED_OFF,
    /** 已取消: cancelled by the programme office before sign-off. Final. */
    CANCELLED;

    public String labelKey() {
        return "sitevisit.status." + name();
    }

    /** Whether the team may still write the record. */
    public boolean open() {
        return this == PLANNED || this == RECORDING;
    }

    public boolean isFinal() {
        return SiteVisitTransition.from(this).isEmpty();
    }
}
