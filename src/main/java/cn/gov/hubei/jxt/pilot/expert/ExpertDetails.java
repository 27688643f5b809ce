package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.platform.Masks;

import java.time.Instant;

/**
 * An expert's whole record as the programme office sees it: the expert as other modules see it, the contact details
 * (officers only) and the optimistic version an update names.
 */
public record ExpertDetails(Expert expert, String phone, String email, long version, String accountUsername,
                            Instant createdAt, Instant updatedAt) {

    public long id() {
        return expert.id();
    }

    public ExpertStatus status() {
        return expert.active() ? ExpertStatus.ACTIVE : ExpertStatus.INACTIVE;
    }

    /** The telephone as the pool's list shows it (139****5678); whole on the expert's own record page. */
    public String maskedPhone() {
        return phone == null ? null : Masks.telephone(phone);
    }

    /** The same record without the contact details, for anyone but the programme office. */
    public ExpertDetails withoutContact() {
        return new ExpertDetails(expert, null, null, version, accountUsername, createdAt, updatedAt);
    }
}
