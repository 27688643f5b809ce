package cn.gov.hubei.jxt.pilot.audit.internal;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A key of the audit chain's HMAC-SM3. Its id (the first 8 hex digits of SM3 over a fixed label and the key) names it
 * in each entry's algorithm, {@code hmac-sm3:<id>}, without revealing it.
 */
public final class ChainKey {

    /** At least 128 bits; a generated key has 256. */
    static final int MIN_BYTES = 16;

    private final byte[] secret;
    private final String id;

    private ChainKey(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("An audit chain key needs at least " + MIN_BYTES + " bytes, not "
                    + secret.length);
        }
        this.secret = secret.clone();
        SM3Digest digest = new SM3Digest();
        byte[] label = "hubei-pilot-audit-chain-key-id".getBytes(StandardCharsets.UTF_8);
        digest.update(label, 0, label.length);
        digest.update(secret, 0, secret.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        this.id = Hex.toHexString(out).substring(0, 8);
    }

    public static ChainKey of(byte[] secret) {
        return new ChainKey(secret);
    }

    /** From hexadecimal text (white space around it ignored). */
    public static ChainKey ofHex(String hex) {
        try {
            return new ChainKey(Hex.decode(hex.strip()));
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
                    && iae.getMessage().startsWith("An audit chain key")) {
                throw iae;
            }
            throw new IllegalArgumentException("An audit chain key must be hexadecimal text", e);
        }
    }

    public String id() {
        return id;
    }

    /** What the entries hashed with this key store as their algorithm. */
    public String algorithm() {
        return AuditChainHash.KEYED_PREFIX + id;
    }

    byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainKey other && Arrays.equals(secret, other.secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ChainKey[" + id + "]";
    }
}
