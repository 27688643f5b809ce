package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed text of a checkpoint and the file that carries it:
 * <pre>
 * hubei-pilot-audit-checkpoint-v1
 * period: 2026-12-05T18Z
 * seq: 1234
 * hash: 9f…(64 hex)
 * algorithm: hmac-sm3:1a2b3c4d
 * signedAt: 2026-12-05T18:07:00.123456Z
 * publicKey: 0123456789abcdef
 * signature: MEUCIQ…(Base64 DER)
 * </pre>
 * Every line ends in LF; the payload is every line before {@code signature: }.
 */
final class CheckpointText {

    static final String FORMAT = "hubei-pilot-audit-checkpoint-v1";

    private CheckpointText() {
    }

    static String payload(String period, long seq, String hash, String algorithm, Instant signedAt,
                          String publicKeyId) {
        return FORMAT + "\n"
                + "period: " + period + "\n"
                + "seq: " + seq + "\n"
                + "hash: " + hash + "\n"
                + "algorithm: " + algorithm + "\n"
                + "signedAt: " + AuditChainHash.TIME.format(signedAt) + "\n"
                + "publicKey: " + publicKeyId + "\n";
    }

    /** A checkpoint file as the auditor uploads it (CRLF line ends are taken as LF). */
    record Parsed(String payload, String signature, String period, long seq, String hash) {
    }

    /**
     * @throws IllegalArgumentException when the text is not a checkpoint file
     */
    static Parsed parse(String fileText) {
        String text = fileText == null ? "" : fileText.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int at = text.indexOf("\n" + AuditCheckpoint.SIGNATURE_LINE);
        if (!text.startsWith(FORMAT + "\n") || at < 0) {
            throw new IllegalArgumentException("Not an audit checkpoint file");
        }
        String payload = text.substring(0, at + 1);
        String signature = text.substring(at + 1 + AuditCheckpoint.SIGNATURE_LINE.length()).strip();
        Map<String, String> fields = fields(payload);
        try {
            return new Parsed(payload, signature, require(fields, "period"), Long.parseLong(require(fields, "seq")),
                    require(fields, "hash"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an audit checkpoint file", e);
        }
    }

    static Map<String, String> fields(String payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : payload.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return fields;
    }

    private static String require(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Not an audit checkpoint file: no " + name);
        }
        return value;
    }
}
