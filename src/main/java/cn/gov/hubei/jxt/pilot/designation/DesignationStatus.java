package cn.gov.hubei.jxt.pilot.designation;

/**
 * A designated project's standing: valid until its expiry date, expired after it, revoked by a later decision (the
 * monitoring stage). Expiry is computed from the stored date and the clock; revocation is recorded.
 */
public enum DesignationStatus {
    VALID, EXPIRED, REVOKED
}
