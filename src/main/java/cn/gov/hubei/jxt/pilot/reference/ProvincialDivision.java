package cn.gov.hubei.jxt.pilot.reference;

/**
 * A provincial-level division of GB/T 2260 (省、自治区、直辖市、特别行政区), known by the first two digits of its codes.
 *
 * @param prefix e.g. 11
 * @param name   e.g. 北京市
 */
public record ProvincialDivision(String prefix, String name) {
}
