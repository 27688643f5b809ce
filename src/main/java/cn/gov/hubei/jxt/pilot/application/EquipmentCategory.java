package cn.gov.hubei.jxt.pilot.application;

/** 关键技术装备、软件的类别. Names a person reads are in the message bundle ({@code application.code.EquipmentCategory.<NAME>}). */
public enum EquipmentCategory {
    /** 高档数控机床与工业机器人 */
    CNC_ROBOT,
    /** 智能传感与控制装备 */
    SENSING_CONTROL,
    /** 智能检测与装配装备 */
    INSPECTION_ASSEMBLY,
    /** 智能物流与仓储装备 */
    LOGISTICS_STORAGE,
    /** 工业软件（MES、ERP、PDM、PLM、SCADA等） */
    INDUSTRIAL_SOFTWARE,
    /** 其他 */
    OTHER;

    /** The value for a code, or {@code null} for an unknown or absent code. */
    public static EquipmentCategory of(String code) {
        for (EquipmentCategory value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        return null;
    }
}
