package cn.gov.hubei.jxt.pilot.monitoring;

/**
 * Where a yearly report (年度报告) stands. The moves between these statuses are listed in {@link ReportTransition} and
 * nowhere else. Opening a round creates one {@link #DRAFT} per designation valid at the opening.
 */
public enum ReportStatus {
    /** 填报中: the unit fills it in (autosaved drafts). */
    DRAFT,
    /** 已提交: submitted and frozen; with the division's recommender. */
    SUBMITTED,
    /** 已退回: the recommender returned it for correction, with a reason. */
    RETURNED,
    /** 推荐单位已审核: the division commented; with the office. */
    COMMENTED,
    /** 合格: evaluated as still meeting the conditions. */
    QUALIFIED,
    /** 限期整改: to be rectified by a deadline; the unit files a rectification report. */
    RECTIFYING,
    /** 整改已报: the rectification report is filed; the office concludes it. */
    RECTIFIED,
    /** 剔除: removed; the designation is revoked (已撤销). */
    REMOVED;

    /** The message key of the status's name. */
    public String labelKey() {
        return "monitoring.status." + name();
    }

    /** Whether no transition leaves this status. */
    public boolean isFinal() {
        return ReportTransition.from(this).isEmpty();
    }

    /** Whether the unit has handed the report in (it is no longer its draft). */
    public boolean isSubmitted() {
        return this != DRAFT && this != RETURNED;
    }
}
