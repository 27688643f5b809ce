package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.encoders.Hex;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The hash of an audit entry. Entries written since the chain is keyed (algorithm {@code hmac-sm3:<keyId>}) carry
 * HMAC-SM3 with a key held outside the database over the previous hash and the entry ({@link #computeKeyed}); entries
 * written before (algorithm {@code sm3}) keep their plain SM3 ({@link #compute}). Plain SM3: SM3 over a canonical, unambiguous serialisation of its content and the previous entry's
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

    /** The first field of the keyed form. */
    static final String FORMAT_KEYED = "hubei-pilot-audit-v2";

    /** The algorithm of the entries written before the chain was keyed. */
    public static final String LEGACY_ALGORITHM = "sm3";

    /** The prefix of a keyed entry's algorithm; the key's id follows. */
    public static final String KEYED_PREFIX = "hmac-sm3:";

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

    /**
     * Lower-case hexadecimal HMAC-SM3 (64 characters) with the chain key over the keyed form: the previous hash, then
     * the entry ({@code "hubei-pilot-audit-v2"}, algorithm, prev_hash, seq, occurred_at, actor, role, client_address,
     * action, target_type, target_id, outcome, details), each field encoded as in the plain form.
     */
    public static String computeKeyed(byte[] key, String algorithm, long seq, Instant occurredAt, String actor,
                                      String role, String clientAddress, String action, String targetType,
                                      String targetId, AuditOutcome outcome, String details, String prevHash) {
        byte[] form = keyedForm(algorithm, seq, occurredAt, actor, role, clientAddress, action, targetType, targetId,
                outcome, details, prevHash);
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(form, 0, form.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return Hex.toHexString(out);
    }

    static byte[] keyedForm(String algorithm, long seq, Instant occurredAt, String actor, String role,
                            String clientAddress, String action, String targetType, String targetId,
                            AuditOutcome outcome, String details, String prevHash) {
        return encode(new String[]{
                FORMAT_KEYED,
                algorithm,
                prevHash,
                Long.toString(seq),
                occurredAt == null ? null : TIME.format(occurredAt),
                actor,
                role,
                clientAddress,
                action,
                targetType,
                targetId,
                outcome == null ? null : outcome.name(),
                details
        });
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
        return encode(fields);
    }

    private static byte[] encode(String[] fields) {
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
