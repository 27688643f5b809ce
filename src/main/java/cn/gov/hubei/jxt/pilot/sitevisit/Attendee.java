package cn.gov.hubei.jxt.pilot.sitevisit;

/** A person met on site (参加人员): name, unit and position. */
public record Attendee(long id, String name, String unit, String position) {
}
