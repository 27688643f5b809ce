package cn.gov.hubei.jxt.pilot.intake;

/**
 * Why an application is sent back for correction or fails the formal review (问题类型), against the recommendation
 * conditions of seed §四. The Chinese labels are in the intake bundle under {@link #labelKey()}; the order here is
 * the order in which they are shown and composed into the reason the enterprise reads.
 */
public enum FormalReviewReason {
    /** 材料不全. */
    INCOMPLETE,
    /** 不符合申报条件 (§四: registered in Hubei, independent legal personality, element conditions …). */
    INELIGIBLE,
    /** 信用状况不良 (§四(一): 信用中国 / 国家企业信用信息公示系统). */
    POOR_CREDIT,
    /** 重复申报. */
    DUPLICATE,
    /** 其他: always explained in the text. */
    OTHER;

    public String labelKey() {
        return "intake.reason." + name();
    }
}
