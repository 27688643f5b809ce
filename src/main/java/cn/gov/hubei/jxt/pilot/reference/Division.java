package cn.gov.hubei.jxt.pilot.reference;

/** A Hubei division (推荐单位): a city, prefecture or directly administered county-level unit. */
public record Division(String code, String name) {
}
