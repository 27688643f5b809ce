package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.Map;
import java.util.Optional;

/**
 * Certificates of designated projects: issued for a whole publication at once (idempotent), re-issued when lost (a new
 * serial and token, the old one marked replaced), downloaded as PDF by the office, the enterprise's own staff and its
 * recommending division, and verified by anyone through the token of the QR code.
 */
public interface Certificates {

    /** Issues a certificate to every designated project of the publication that has none. Audited. */
    Map<Long, Certificate> issueAll(long publicationId, CurrentUser officer);

    /** Replaces a project's certificate by a new one (new serial, new token), with a reason. Audited. */
    Certificate reissue(long designationId, String reason, CurrentUser officer);

    /** The certificates in force of a publication's projects, by designation id (office only). */
    Map<Long, Certificate> ofPublication(long publicationId, CurrentUser viewer);

    /** The certificate in force of a designated project, if the person may see it. */
    Optional<Certificate> current(long designationId, CurrentUser viewer);

    /**
     * The certificate in force as PDF.
     *
     * @throws DesignationNotFoundException none issued, or not the person's to read
     */
    byte[] pdf(long designationId, CurrentUser viewer);

    /** What the public verification page shows for a token; empty when no certificate carries it. */
    Optional<CertificateCheck> verify(String token);
}
