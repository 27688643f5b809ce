package cn.gov.hubei.jxt.pilot.reference;

/**
 * 智能制造新模式: one of the five modes of the programme (seed §三), or 其他.
 *
 * @param code e.g. DISCRETE, PROCESS, NETWORKED, CUSTOMIZATION, REMOTE_OM, OTHER
 * @param name e.g. 离散型智能制造
 */
public record ManufacturingMode(String code, String name, int displayOrder) {

    /** The code of 其他, which has neither element conditions nor content items. */
    public static final String OTHER = "OTHER";
}
