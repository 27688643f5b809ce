package cn.gov.hubei.jxt.pilot.objection;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.objection.internal.ObjectorDataSealing;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.RotatedKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objectors' data, sealed from the first write, is sealed again with the new key after a rotation by the start-up
 * step (docs/security.md §14), on the demo's objection YY-2026-0001; the digest stays.
 */
@IntegrationTest
class ObjectorDataRotationTest {

    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired ObjectorDataSealing sealing;
    @Value("${app.crypto.keys}") String testKeys;

    Map<String, Object> demoCase() {
        return jdbc.sql("select name_enc, telephone_enc, email_digest from objection_case order by id limit 1")
                .query().singleRow();
    }

    @Test
    void aRotationReSealsEveryCaseAndStepAndTheStepIsIdempotent() {
        assertThat(sealing.reseal(cipher)).as("nothing under another key").isZero();
        Map<String, Object> before = demoCase();
        String name = cipher.decrypt((String) before.get("name_enc"));
        String telephone = cipher.decrypt((String) before.get("telephone_enc"));
        int cases = jdbc.sql("select count(*) from objection_case").query(Integer.class).single();
        int notes = jdbc.sql("select count(*) from objection_step where text_enc is not null").query(Integer.class)
                .single();
        RotatedKeys keys = RotatedKeys.of(testKeys);
        try {
            assertThat(sealing.reseal(keys.rotated())).isEqualTo(cases + notes);
            Map<String, Object> rotated = demoCase();
            assertThat((String) rotated.get("name_enc")).startsWith("sm4gcm:test2:");
            assertThat(keys.rotated().decrypt((String) rotated.get("name_enc"))).isEqualTo(name);
            assertThat(keys.rotated().decrypt((String) rotated.get("telephone_enc"))).isEqualTo(telephone);
            assertThat(rotated.get("email_digest")).as("the digest key does not rotate")
                    .isEqualTo(before.get("email_digest"));
            assertThat(jdbc.sql("select count(*) from objection_step where text_enc like 'sm4gcm:test1:%'")
                    .query(Integer.class).single()).isZero();
            assertThat(sealing.reseal(keys.rotated())).as("idempotent").isZero();
        } finally {
            sealing.reseal(keys.back());
        }
        assertThat(cipher.decrypt((String) demoCase().get("name_enc"))).isEqualTo(name);
    }
}
