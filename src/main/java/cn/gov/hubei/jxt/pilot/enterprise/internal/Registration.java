package cn.gov.hubei.jxt.pilot.enterprise.internal;

import java.time.OffsetDateTime;

/** A registration as stored: what was entered, and the decision on it. */
public record Registration(long id, long enterpriseId, long userId, String creditCode, String enterpriseName,
                           String divisionCode, String contactName, String mobile, String email, String username,
                           RegistrationStatus status, OffsetDateTime submittedAt, OffsetDateTime emailConfirmedAt,
                           OffsetDateTime decidedAt, String decidedBy, String decisionReason) {

    public boolean emailConfirmed() {
        return emailConfirmedAt != null;
    }
}
