package cn.gov.hubei.jxt.pilot.application;

/** 装备、软件的产地. Names a person reads are in the message bundle ({@code application.code.EquipmentOrigin.<NAME>}). */
public enum EquipmentOrigin {
    /** 国产（省内） */
    DOMESTIC_HUBEI,
    /** 国产（省外） */
    DOMESTIC_OTHER,
    /** 进口 */
    IMPORTED;

    /** The value for a code, or {@code null} for an unknown or absent code. */
    public static EquipmentOrigin of(String code) {
        for (EquipmentOrigin value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        return null;
    }
}
