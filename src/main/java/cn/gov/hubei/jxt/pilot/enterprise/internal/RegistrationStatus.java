package cn.gov.hubei.jxt.pilot.enterprise.internal;

/** What became of a registration; see V531 for the meaning of each. */
public enum RegistrationStatus {
    ACCEPTED,
    PENDING,
    APPROVED,
    REJECTED;

    /** The registrant's account opens as soon as the e-mail address is confirmed. */
    public boolean accountMayOpen() {
        return this == ACCEPTED || this == APPROVED;
    }
}
