package cn.gov.hubei.jxt.pilot.call;

/** The moments of a call that move it forward by the clock. */
public enum CallMilestone {
    /** 申报开始时间 */
    FILING_OPENS,
    /** 申报截止时间 */
    FILING_CLOSES,
    /** 推荐截止时间 */
    RECOMMENDATION_DEADLINE
}
