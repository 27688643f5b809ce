package cn.gov.hubei.jxt.pilot.audit;

import java.time.Instant;

/**
 * A signed checkpoint of the audit chain: the head (entry {@code headSeq} with its {@code headHash}) at
 * {@code signedAt}, signed with the SM2 key held outside the database. The audit administrator downloads it as a file
 * ({@link #fileText()}) and keeps it where the database administrator cannot reach; the verifier checks the stored
 * checkpoints and any file uploaded back (docs/audit.md).
 *
 * @param period    the period it was signed for: {@code 2026-12-05T18Z} (the hourly job, one per hour) or
 *                  {@code manual-2026-12-05T18:07Z} (signed on request, one per minute)
 * @param payload   the exact signed text (UTF-8, lines ending in LF)
 * @param signature SM2-with-SM3 signature of the payload, DER, Base64
 */
public record AuditCheckpoint(long id, String period, long headSeq, String headHash, String algorithm,
                              Instant signedAt, String publicKeyId, String createdBy, String payload,
                              String signature) {

    /** The line of the file that carries the signature. */
    public static final String SIGNATURE_LINE = "signature: ";

    /** The file the auditor keeps: the payload, then the signature line. */
    public String fileText() {
        return payload + SIGNATURE_LINE + signature + "\n";
    }

    public String fileName() {
        return "audit-checkpoint-" + period.replace(":", "") + ".txt";
    }
}
