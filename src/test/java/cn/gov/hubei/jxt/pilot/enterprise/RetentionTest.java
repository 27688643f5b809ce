package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.enterprise.internal.RegistrationRetention;
import cn.gov.hubei.jxt.pilot.objection.internal.ObjectorDataRetention;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.aCode;
import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The retention jobs (docs/security.md, "Retention") on the clock. The rows of this test are dated years back, so
 * the jobs reach only them and leave the other tests' data alone.
 */
@IntegrationTest
class RetentionTest {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired RegistrationRetention registrations;
    @Autowired ObjectorDataRetention objectors;

    Map<String, Object> registration(String username) {
        return jdbc.sql("""
                        select r.contact_name, r.mobile, r.email, r.anonymised_at is not null as anonymised,
                               a.display_name, a.email as account_email, a.mobile as account_mobile
                        from enterprise_registration r join user_account a on a.id = r.user_id
                        where r.username = :u""").param("u", username).query().singleRow();
    }

    @Test
    void anUnconfirmedRegistrationLosesItsContactDataAfterThirtyDaysAndAConfirmedOneKeepsIt() throws Exception {
        clock.set(LocalDateTime.of(2019, 3, 1, 9, 0));
        String unconfirmed = unique("ret");
        mvc.perform(RegistrationTest.registration(aCode("420502"), unconfirmed)).andExpect(redirectedUrl("/register/submitted"));
        String confirmed = unique("ret");
        mvc.perform(RegistrationTest.registration(aCode("420502"), confirmed)).andExpect(redirectedUrl("/register/submitted"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                EnterpriseFixtures.linkFor(jdbc, confirmed)));

        clock.advance(Duration.ofDays(29));
        registrations.anonymise();
        assertThat(registration(unconfirmed).get("anonymised")).as("kept 30 days").isEqualTo(false);

        clock.advance(Duration.ofDays(2));
        assertThat(registrations.anonymise()).isGreaterThanOrEqualTo(1);
        Map<String, Object> gone = registration(unconfirmed);
        assertThat((String) gone.get("contact_name")).as("sealed like any contact data").startsWith("sm4gcm:");
        assertThat(cipher.decrypt((String) gone.get("contact_name"))).isEqualTo("已清除");
        assertThat(cipher.decrypt((String) gone.get("mobile"))).isEqualTo("00000000000");
        assertThat(cipher.decrypt((String) gone.get("email"))).startsWith("anonymised-").endsWith("@invalid");
        assertThat(gone.get("display_name")).isEqualTo("已清除");
        assertThat(gone.get("account_email")).isNull();
        assertThat(gone.get("account_mobile")).isNull();
        Map<String, Object> kept = registration(confirmed);
        assertThat(cipher.decrypt((String) kept.get("contact_name"))).isEqualTo("李明");
        assertThat(kept.get("anonymised")).isEqualTo(false);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'enterprise.registration-anonymised'"
                        + " and cast(details as jsonb) ->> 'registrationId' = (select cast(id as text) from"
                        + " enterprise_registration where username = :u)").param("u", unconfirmed)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(registrations.anonymise()).as("each row once").isZero();
    }

    @Test
    void anObjectorsDataIsAnonymisedThirtySixMonthsAfterTheCaseWasConcluded() {
        OffsetDateTime concluded = OffsetDateTime.parse("2018-05-10T10:00:00+08:00");
        String receipt = "YY-2018-" + (100000 + Math.abs(UUID.randomUUID().hashCode() % 800000));
        long id = jdbc.sql("""
                        insert into objection_case (receipt_number, notice_id, application_id, status, objector_kind,
                            id_type, name_enc, id_number_enc, telephone_enc, email_enc, email_digest, facts_enc,
                            lookup_code_hash, idempotency_token, received_at, handled_by, concluded_at)
                        values (:receipt, -1, -1, 'DECLINED', 'PERSON', 'RESIDENT_ID', :name, :idNumber, :tel, :email,
                            :digest, :facts, :code, :token, :received, 'officer', :concluded) returning id""")
                .param("receipt", receipt).param("name", cipher.encrypt("张三"))
                .param("idNumber", cipher.encrypt("420102199001011234")).param("tel", cipher.encrypt("13800005678"))
                .param("email", cipher.encrypt("zhangsan@example.com")).param("digest", cipher.digest("zhangsan@example.com"))
                .param("facts", cipher.encrypt("事实与理由")).param("code", "c".repeat(64))
                .param("token", UUID.randomUUID().toString()).param("received", concluded.minusDays(2))
                .param("concluded", concluded).query(Long.class).single();
        for (String kind : new String[]{"RECEIVED", "DECLINED"}) {
            jdbc.sql("insert into objection_step (case_id, kind, published, by_user, at) values (:id, :k, true, 'officer', :at)")
                    .param("id", id).param("k", kind).param("at", concluded).update();
        }

        clock.set(concluded.plusMonths(36).minusDays(1).toInstant());
        objectors.anonymise();
        assertThat(cipher.decrypt(column(id, "name_enc"))).as("kept 36 months").isEqualTo("张三");

        clock.set(concluded.plusMonths(36).plusDays(1).toInstant());
        assertThat(objectors.anonymise()).isGreaterThanOrEqualTo(1);
        for (String column : new String[]{"name_enc", "id_number_enc", "telephone_enc", "email_enc"}) {
            assertThat(column(id, column)).startsWith("sm4gcm:");
            assertThat(cipher.decrypt(column(id, column))).as(column).isEqualTo("已匿名");
        }
        assertThat(column(id, "email_digest")).isEqualTo("0".repeat(64));
        assertThat(cipher.decrypt(column(id, "facts_enc"))).as("the record of the case stays").isEqualTo("事实与理由");
        assertThat(column(id, "receipt_number")).isEqualTo(receipt);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'objection.objector-data-anonymised'"
                + " and target_id = :id").param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(objectors.anonymise()).as("each row once").isZero();
    }

    String column(long id, String column) {
        return jdbc.sql("select " + column + " from objection_case where id = :id").param("id", id)
                .query(String.class).single();
    }
}
