package cn.gov.hubei.jxt.pilot.application;

/** 信用查询渠道. Names a person reads are in the message bundle ({@code application.code.CreditSource.<NAME>}). */
public enum CreditSource {
    /** 信用中国 */
    CREDIT_CHINA,
    /** 国家企业信用信息公示系统 */
    GSXT;

    /** The value for a code, or {@code null} for an unknown or absent code. */
    public static CreditSource of(String code) {
        for (CreditSource value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        return null;
    }
}
