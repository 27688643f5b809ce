package cn.gov.hubei.jxt.pilot.reference;

/**
 * A key industry (重点行业) of seed §三, or 其他.
 *
 * @param code e.g. AUTOMOTIVE
 * @param name e.g. 汽车
 */
public record Industry(String code, String name, int displayOrder) {
}
