package cn.gov.hubei.jxt.pilot.platform;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SM4/GCM with key ids: random IVs, tamper detection, rotation, and the keyed HMAC-SM3 digest. */
class PersonalDataCipherTest {

    static final byte[] K1 = Base64.getDecoder().decode("ElVVjfWGrieQB//6J+wXRQ==");
    static final byte[] K2 = Base64.getDecoder().decode("AAECAwQFBgcICQoLDA0ODw==");

    @Test
    void aValueIsSealedWithTheCurrentKeyAndOpensAgain() {
        PersonalDataCipher cipher = new PersonalDataCipher(Map.of("k1", K1), "k1", "k1");
        String sealed = cipher.encrypt("张三 13812345678 zhangsan@example.com");
        assertThat(sealed).startsWith("sm4gcm:k1:").doesNotContain("张三").doesNotContain("13812345678")
                .doesNotContain("zhangsan");
        assertThat(cipher.decrypt(sealed)).isEqualTo("张三 13812345678 zhangsan@example.com");
        assertThat(cipher.encrypt("张三")).as("a random IV each time").isNotEqualTo(cipher.encrypt("张三"));
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
    }

    @Test
    void anAlteredCiphertextOrAnUnknownKeyIsRefused() {
        PersonalDataCipher cipher = new PersonalDataCipher(Map.of("k1", K1), "k1", "k1");
        String sealed = cipher.encrypt("420106199003071234");
        byte[] data = Base64.getDecoder().decode(sealed.substring("sm4gcm:k1:".length()));
        data[data.length - 1] ^= 1;
        String altered = "sm4gcm:k1:" + Base64.getEncoder().encodeToString(data);
        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag");
        assertThatThrownBy(() -> cipher.decrypt(sealed.replace("sm4gcm:k1:", "sm4gcm:k9:")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k9");
        assertThatThrownBy(() -> cipher.decrypt("plain text")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalDataCipher(Map.of("k1", new byte[15]), "k1", "k1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalDataCipher(Map.of("k1", K1), "k2", "k1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void afterARotationOldValuesStayReadableAndNewOnesUseTheNewKey() {
        PersonalDataCipher before = new PersonalDataCipher(Map.of("k1", K1), "k1", "k1");
        String old = before.encrypt("李四");
        Map<String, byte[]> both = new LinkedHashMap<>();
        both.put("k1", K1);
        both.put("k2", K2);
        PersonalDataCipher after = new PersonalDataCipher(both, "k2", "k1");
        String fresh = after.encrypt("王五");
        assertThat(PersonalDataCipher.keyIdOf(old)).isEqualTo("k1");
        assertThat(PersonalDataCipher.keyIdOf(fresh)).isEqualTo("k2");
        assertThat(after.decrypt(old)).isEqualTo("李四");
        assertThat(after.decrypt(fresh)).isEqualTo("王五");
        String resealed = after.reencrypt(old);
        assertThat(PersonalDataCipher.keyIdOf(resealed)).isEqualTo("k2");
        assertThat(after.decrypt(resealed)).isEqualTo("李四");
        assertThat(after.reencrypt(fresh)).isSameAs(fresh);
        assertThatThrownBy(() -> before.decrypt(fresh)).as("the old configuration cannot read the new key")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(after.digest("a@example.com")).as("the digest key does not rotate")
                .isEqualTo(before.digest("a@example.com"));
    }

    @Test
    void theDigestIsAKeyedHmacSm3() {
        PersonalDataCipher one = new PersonalDataCipher(Map.of("k1", K1), "k1", "k1");
        PersonalDataCipher other = new PersonalDataCipher(Map.of("k2", K2), "k2", "k2");
        assertThat(one.digest("a@example.com")).hasSize(64).matches("[0-9a-f]{64}")
                .isEqualTo(one.digest("a@example.com"))
                .isNotEqualTo(one.digest("b@example.com"))
                .isNotEqualTo(other.digest("a@example.com"));
        assertThat(one.digest(null)).isNull();
    }
}
