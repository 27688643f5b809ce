package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.platform.Masks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The plaque 湖北省智能制造示范单位 of a designated project's main undertaking unit: made, delivered (how), received by
 * whom (name, position) and when. Every date is {@code null} until recorded; {@code version} 0 when never recorded.
 */
public record Plaque(long designationId, LocalDate madeOn, LocalDate deliveredOn, String deliveryMethod,
                     String receivedByName, String receivedByPosition, LocalDate receivedOn, long version,
                     String updatedBy, Instant updatedAt) {

    /** The recipient as the publication's list shows it (张*); whole on the plaque's own page. */
    public String maskedReceivedByName() {
        return Masks.name(receivedByName);
    }
}
