package cn.gov.hubei.jxt.pilot.reference;

/**
 * A recommending unit (推荐单位): one of the 17 Hubei divisions whose 经信局 recommends projects.
 *
 * @param code         GB/T 2260 code, e.g. 420100
 * @param name         e.g. 武汉市
 * @param displayOrder the province's official order, 1 = 武汉市
 */
public record Division(String code, String name, int displayOrder) {
}
