package cn.gov.hubei.jxt.pilot.platform;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Personal data encrypted at rest: SM4 in GCM mode (GB/T 32907, BouncyCastle), a random 12-byte IV per value, a
 * 128-bit tag. A ciphertext names the key that sealed it — {@code sm4gcm:<keyId>:<base64(iv ‖ ciphertext ‖ tag)>} —
 * so that keys can rotate: new values use the current key, values sealed with an older key stay readable as long as
 * that key is configured. {@link #digest(String)} is a keyed HMAC-SM3 (hex) of a value for exact-match search (the
 * same e-mail address), made with the digest key, which does not rotate with the encryption key.
 *
 * <p>Keys never live in the database; {@code PersonalDataKeysConfiguration} reads them from a key file or the
 * environment (docs/objection.md, "Keys"). Any module may use this for any personal data.
 */
public final class PersonalDataCipher {

    /** The prefix of every ciphertext this class writes. */
    public static final String PREFIX = "sm4gcm";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, byte[]> keys;
    private final String currentKeyId;
    private final byte[] digestKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys         key id → 16-byte SM4 key; ids are letters, digits, {@code _} and {@code -}, at most 32
     * @param currentKeyId the key new values are sealed with
     * @param digestKeyId  the key {@link #digest(String)} is made with (kept when the current key rotates)
     */
    public PersonalDataCipher(Map<String, byte[]> keys, String currentKeyId, String digestKeyId) {
        Objects.requireNonNull(keys, "keys");
        Map<String, byte[]> copy = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a key id is 1 to 32 letters, digits, _ or -: " + id);
            }
            if (key == null || key.length != 16) {
                throw new IllegalArgumentException("an SM4 key is 16 bytes; key " + id + " is not");
            }
            copy.put(id, key.clone());
        });
        if (!copy.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current key " + currentKeyId + " is not among the keys " + copy.keySet());
        }
        if (!copy.containsKey(digestKeyId)) {
            throw new IllegalArgumentException("the digest key " + digestKeyId + " is not among the keys " + copy.keySet());
        }
        this.keys = Map.copyOf(copy);
        this.currentKeyId = currentKeyId;
        this.digestKey = copy.get(digestKeyId).clone();
    }

    /** The id of the key new values are sealed with. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** The ids of every key that can open a value. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** Seals a value with the current key; {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] in = plaintext.getBytes(StandardCharsets.UTF_8);
        GCMModeCipher gcm = gcm(true, keys.get(currentKeyId), iv);
        byte[] out = new byte[IV_BYTES + gcm.getOutputSize(in.length)];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        int n = gcm.processBytes(in, 0, in.length, out, IV_BYTES);
        try {
            gcm.doFinal(out, IV_BYTES + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return PREFIX + ":" + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
    }

    /**
     * Opens a value sealed by {@link #encrypt(String)} with any configured key; {@code null} stays {@code null}.
     *
     * @throws IllegalArgumentException when the value is not such a ciphertext, names a key that is not configured,
     *                                  or fails its tag (altered, or sealed with another key of the same id)
     */
    public String decrypt(String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        String[] parts = ciphertext.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("not an SM4 ciphertext of this application");
        }
        byte[] key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalArgumentException("the key " + parts[1] + " of this ciphertext is not configured");
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the ciphertext is not base64", e);
        }
        if (data.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("the ciphertext is too short");
        }
        byte[] iv = java.util.Arrays.copyOf(data, IV_BYTES);
        GCMModeCipher gcm = gcm(false, key, iv);
        byte[] out = new byte[gcm.getOutputSize(data.length - IV_BYTES)];
        int n = gcm.processBytes(data, IV_BYTES, data.length - IV_BYTES, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalArgumentException("the ciphertext fails its authentication tag", e);
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** The id of the key that sealed a ciphertext (to find values to re-encrypt after a rotation). */
    public static String keyIdOf(String ciphertext) {
        String[] parts = ciphertext == null ? new String[0] : ciphertext.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("not an SM4 ciphertext of this application");
        }
        return parts[1];
    }

    /** Opens a value and seals it again with the current key (a no-op for a value already sealed with it). */
    public String reencrypt(String ciphertext) {
        if (ciphertext == null || keyIdOf(ciphertext).equals(currentKeyId)) {
            return ciphertext;
        }
        return encrypt(decrypt(ciphertext));
    }

    /**
     * A keyed HMAC-SM3 of the value, 64 hex characters: equal values give equal digests, and without the key the
     * digest tells nothing of the value. The caller normalises first (e.g. an e-mail address stripped and
     * lower-cased). {@code null} stays {@code null}.
     */
    public String digest(String value) {
        if (value == null) {
            return null;
        }
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(digestKey));
        byte[] in = value.getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private static GCMModeCipher gcm(boolean encrypt, byte[] key, byte[] iv) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, iv));
        return gcm;
    }

    @Override
    public String toString() {
        return "PersonalDataCipher[current=" + currentKeyId + ", keys=" + keys.keySet() + "]";
    }
}
