package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.platform.Masks;

import java.time.OffsetDateTime;

/** A registration as stored: what was entered, and the decision on it. */
public record Registration(long id, long enterpriseId, long userId, String creditCode, String enterpriseName,
                           String divisionCode, String contactName, String mobile, String email, String username,
                           RegistrationStatus status, OffsetDateTime submittedAt, OffsetDateTime emailConfirmedAt,
                           OffsetDateTime decidedAt, String decidedBy, String decisionReason) {

    public boolean emailConfirmed() {
        return emailConfirmedAt != null;
    }

    /** The contact person as the office's list shows it (张*): whole only on the registration's own page. */
    public String maskedContactName() {
        return Masks.name(contactName);
    }
}
