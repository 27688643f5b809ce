package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The hash of an audit entry: SM3 over a canonical, unambiguous serialisation of its content and the previous entry's
 * hash (docs/audit.md gives the format with a worked example).
 *
 * <p>Each field is written as a presence byte ({@code 0x00} for null, {@code 0x01} otherwise) followed, when present,
 * by the length of its UTF-8 bytes as a 4-byte big-endian integer and the bytes themselves. Length prefixes make
 * field boundaries unambiguous ({@code "ab","c"} and {@code "a","bc"} differ) and the presence byte keeps a null apart
 * from an empty string. The first field names the format, so a future format cannot be confused with this one.
 */
public final class AuditChainHash {

    /** The {@code prev_hash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The first field of every canonical form: the name and version of this format. */
    static final String FORMAT = "hubei-pilot-audit-v1";

    /**
     * Always six fractional digits in UTC: the stored value is truncated to microseconds (PostgreSQL's precision), so
     * it re-reads and re-serialises identically.
     */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditChainHash() {
    }

    /** Lower-case hexadecimal SM3 (64 characters) of the entry's canonical form. */
    public static String compute(long seq, Instant occurredAt, String actor, String role, String clientAddress,
                                 String action, String targetType, String targetId, AuditOutcome outcome,
                                 String details, String prevHash) {
        byte[] canonical = canonicalForm(seq, occurredAt, actor, role, clientAddress, action, targetType, targetId,
                outcome, details, prevHash);
        SM3Digest digest = new SM3Digest();
        digest.update(canonical, 0, canonical.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return Hex.toHexString(out);
    }

    static byte[] canonicalForm(long seq, Instant occurredAt, String actor, String role, String clientAddress,
                                String action, String targetType, String targetId, AuditOutcome outcome,
                                String details, String prevHash) {
        String[] fields = {
                FORMAT,
                Long.toString(seq),
                occurredAt == null ? null : TIME.format(occurredAt),
                actor,
                role,
                clientAddress,
                action,
                targetType,
                targetId,
                outcome == null ? null : outcome.name(),
                details,
                prevHash
        };
        byte[][] encoded = new byte[fields.length][];
        int size = 0;
        for (int i = 0; i < fields.length; i++) {
            encoded[i] = fields[i] == null ? null : fields[i].getBytes(StandardCharsets.UTF_8);
            size += encoded[i] == null ? 1 : 1 + 4 + encoded[i].length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size); // big-endian by default
        for (byte[] field : encoded) {
            if (field == null) {
                buffer.put((byte) 0);
            } else {
                buffer.put((byte) 1).putInt(field.length).put(field);
            }
        }
        return buffer.array();
    }
}
