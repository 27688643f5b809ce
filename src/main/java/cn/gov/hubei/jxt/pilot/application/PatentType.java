package cn.gov.hubei.jxt.pilot.application;

/** 专利类型. Names a person reads are in the message bundle ({@code application.code.PatentType.<NAME>}). */
public enum PatentType {
    /** 发明 */
    INVENTION,
    /** 实用新型 */
    UTILITY_MODEL,
    /** 外观设计 */
    DESIGN,
    /** 软件著作权 */
    SOFTWARE_COPYRIGHT;

    /** The value for a code, or {@code null} for an unknown or absent code. */
    public static PatentType of(String code) {
        for (PatentType value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        return null;
    }
}
