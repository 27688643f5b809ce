package cn.gov.hubei.jxt.pilot.designation;

import java.time.LocalDate;

/**
 * What the public verification page shows of a certificate, public data only: its state, serial, the unit, the
 * project, the document number and the validity. Never contacts, never anything the application holds privately.
 */
public record CertificateCheck(State state, String serial, String enterpriseName, String projectName,
                               String documentNumber, LocalDate validFrom, LocalDate validUntil) {

    /** 有效, 已过期, 已撤销, 已作废 (replaced by a re-issued certificate). */
    public enum State {
        VALID, EXPIRED, REVOKED, REPLACED;

        public String labelKey() {
            return "designation.verify.state." + name();
        }
    }
}
