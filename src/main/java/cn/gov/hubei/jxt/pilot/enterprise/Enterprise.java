package cn.gov.hubei.jxt.pilot.enterprise;

/** An enterprise (申报单位) as other modules see it. */
public record Enterprise(long id, String creditCode, String name, String divisionCode) {
}
