package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.expert.internal.ExpertContactSealing;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.RotatedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import static cn.gov.hubei.jxt.pilot.expert.Pool.OFFICER;
import static cn.gov.hubei.jxt.pilot.expert.Pool.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Experts' telephone and e-mail sealed at rest with SM4, in the pool and in its history records (docs/security.md
 * §14): no plain text in the columns or the JSON, read whole by the office, masked in the list's column, sealed by the
 * start-up step once and again on rotation.
 */
@IntegrationTest
class SealedExpertContactTest {

    @Autowired ExpertPool pool;
    @Autowired Experts experts;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired PersonalDataCipher cipher;
    @Autowired ExpertContactSealing sealing;
    @Value("${app.crypto.keys}") String testKeys;

    @BeforeEach
    void now() {
        clock.set(LocalDateTime.of(2031, 5, 6, 9, 30));
    }

    ExpertDetails anExpert() {
        return pool.register(new NewExpert(uniqueName("封"), "武汉理工大学", null, null, "教授", Set.of("DISCRETE"),
                Set.of("AUTOMOTIVE"), "420100", "13972005678", "feng@whut.edu.cn"), OFFICER);
    }

    Map<String, Object> stored(long id) {
        return jdbc.sql("""
                        select e.phone, e.email, c.record ->> 'phone' as record_phone,
                               c.record ->> 'email' as record_email
                        from expert e join expert_change c on c.expert_id = e.id
                        where e.id = :id order by c.id desc limit 1""")
                .param("id", id).query().singleRow();
    }

    @Test
    void theColumnsAndTheHistoryHoldNoPlainTextAndTheOfficeReadsThemWhole() {
        ExpertDetails saved = anExpert();
        Map<String, Object> row = stored(saved.id());
        for (String column : new String[]{"phone", "record_phone"}) {
            assertThat((String) row.get(column)).startsWith("sm4gcm:test1:").doesNotContain("13972")
                    .doesNotContain("5678");
        }
        for (String column : new String[]{"email", "record_email"}) {
            assertThat((String) row.get(column)).startsWith("sm4gcm:test1:").doesNotContain("@")
                    .doesNotContain("whut");
        }
        ExpertDetails read = pool.details(saved.id(), OFFICER).orElseThrow();
        assertThat(read.phone()).isEqualTo("13972005678");
        assertThat(read.email()).isEqualTo("feng@whut.edu.cn");
        assertThat(read.maskedPhone()).isEqualTo("139****5678");
        assertThat(pool.history(saved.id(), OFFICER).get(0).record())
                .contains("\"phone\": \"13972005678\"").contains("\"email\": \"feng@whut.edu.cn\"")
                .doesNotContain("sm4gcm");
    }

    @Test
    void plainTextRowsAndRecordsAreSealedAtStartOnceAndARotationReSealsThem() {
        ExpertDetails saved = anExpert();
        // a row and a history record as the previous release wrote them
        jdbc.sql("update expert set phone = '13972005678', email = 'feng@whut.edu.cn' where id = :id")
                .param("id", saved.id()).update();
        jdbc.sql("""
                        update expert_change set record = record
                            || jsonb_build_object('phone', '13972005678', 'email', 'feng@whut.edu.cn')
                        where expert_id = :id""").param("id", saved.id()).update();
        assertThat(pool.details(saved.id(), OFFICER).orElseThrow().phone()).as("read before sealing")
                .isEqualTo("13972005678");

        assertThat(sealing.reseal(cipher)).isGreaterThanOrEqualTo(2);
        Map<String, Object> row = stored(saved.id());
        assertThat((String) row.get("phone")).startsWith("sm4gcm:test1:");
        assertThat((String) row.get("record_email")).startsWith("sm4gcm:test1:");
        assertThat(pool.history(saved.id(), OFFICER).get(0).record()).contains("\"phone\": \"13972005678\"");
        assertThat(sealing.reseal(cipher)).as("idempotent").isZero();

        RotatedKeys keys = RotatedKeys.of(testKeys);
        try {
            assertThat(sealing.reseal(keys.rotated())).isGreaterThanOrEqualTo(2);
            Map<String, Object> rotated = stored(saved.id());
            assertThat((String) rotated.get("phone")).startsWith("sm4gcm:test2:");
            assertThat((String) rotated.get("record_phone")).startsWith("sm4gcm:test2:");
            assertThat(keys.rotated().decrypt((String) rotated.get("email"))).isEqualTo("feng@whut.edu.cn");
        } finally {
            sealing.reseal(keys.back());
        }
        assertThat((String) stored(saved.id()).get("record_phone")).startsWith("sm4gcm:test1:");
        assertThat(pool.details(saved.id(), OFFICER).orElseThrow().email()).isEqualTo("feng@whut.edu.cn");
    }
}
