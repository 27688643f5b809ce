package cn.gov.hubei.jxt.pilot.designation;

/** A plaque's record as entered (dates as ISO text) with the version the officer read. */
public record PlaqueRecord(String madeOn, String deliveredOn, String deliveryMethod, String receivedByName,
                           String receivedByPosition, String receivedOn, long version) {
}
