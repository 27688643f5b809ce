package cn.gov.hubei.jxt.pilot.application;

/** 产品全生命周期环节. Names a person reads are in the message bundle ({@code application.code.LifeCycleStage.<NAME>}). */
public enum LifeCycleStage {
    /** 设计 */
    DESIGN,
    /** 制造 */
    MANUFACTURING,
    /** 物流 */
    LOGISTICS,
    /** 销售 */
    SALES,
    /** 服务 */
    SERVICE;

    /** The value for a code, or {@code null} for an unknown or absent code. */
    public static LifeCycleStage of(String code) {
        for (LifeCycleStage value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        return null;
    }
}
