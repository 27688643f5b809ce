package cn.gov.hubei.jxt.pilot.application;

/** 要素条件自评结论. Names a person reads are in the message bundle ({@code application.code.AssessmentResult.<NAME>}). */
public enum AssessmentResult {
    /** 满足 */
    MET,
    /** 部分满足 */
    PARTLY,
    /** 不满足 */
    NOT_MET;

    /** The value for a code, or {@code null} for an unknown or absent code. */
    public static AssessmentResult of(String code) {
        for (AssessmentResult value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        return null;
    }
}
