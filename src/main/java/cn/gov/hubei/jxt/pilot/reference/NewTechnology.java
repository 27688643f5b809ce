package cn.gov.hubei.jxt.pilot.reference;

/**
 * 新技术创新应用: a new technology whose integrated use the programme encourages.
 *
 * @param code e.g. INDUSTRIAL_INTERNET, AI, FIVE_G
 * @param name e.g. 工业互联网
 */
public record NewTechnology(String code, String name, int displayOrder) {
}
