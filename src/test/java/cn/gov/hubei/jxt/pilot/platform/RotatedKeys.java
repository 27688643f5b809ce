package cn.gov.hubei.jxt.pilot.platform;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The test key {@code test1} (from {@code app.crypto.keys}) beside a fresh {@code test2}: {@link #rotated()} seals
 * with test2 as after a rotation, {@link #back()} seals with test1 again; both keep test1 as the digest key.
 */
public record RotatedKeys(PersonalDataCipher rotated, PersonalDataCipher back) {

    /** @param testKeys the value of {@code app.crypto.keys} in the tests: {@code test1=<base64>} */
    public static RotatedKeys of(String testKeys) {
        byte[] key1 = Base64.getDecoder().decode(testKeys.split("=", 2)[1]);
        byte[] key2 = new byte[16];
        new SecureRandom().nextBytes(key2);
        return new RotatedKeys(new PersonalDataCipher(Map.of("test1", key1, "test2", key2), "test2", "test1"),
                new PersonalDataCipher(Map.of("test1", key1, "test2", key2), "test1", "test1"));
    }
}
