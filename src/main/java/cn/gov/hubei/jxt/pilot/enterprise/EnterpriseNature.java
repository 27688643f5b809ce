package cn.gov.hubei.jxt.pilot.enterprise;

/** 企业性质 as the form of 附件3 offers it. */
public enum EnterpriseNature {
    /** 国有 */
    STATE_OWNED,
    /** 民营 */
    PRIVATE,
    /** 三资 */
    FOREIGN_INVESTED
}
