package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.People;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.Staff;
import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseContactSealing;
import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseRegistrations;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.RotatedKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.aCode;
import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.unique;
import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.withWrongCheckCharacter;
import static cn.gov.hubei.jxt.pilot.enterprise.RegistrationTest.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registrant's and the enterprise profile's contact data sealed at rest with SM4 (docs/security.md §14): the
 * columns hold no plain text, the office's list masks the name and the registration's page shows it whole, the
 * address is found by its digest, the start-up step seals older rows once and re-seals them on rotation.
 */
@IntegrationTest
class SealedRegistrationContactTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired PersonalDataCipher cipher;
    @Autowired EnterpriseRegistrations registrations;
    @Autowired EnterpriseContactSealing sealing;
    @Value("${app.crypto.keys}") String testKeys;

    Map<String, Object> row(String username) {
        return jdbc.sql("select id, contact_name, mobile, email, email_digest from enterprise_registration"
                + " where username = :u").param("u", username).query().singleRow();
    }

    String aPendingRegistration(String username) throws Exception {
        mvc.perform(registration(withWrongCheckCharacter(aCode("420502")), username, "contactName", "欧阳娜娜")
                        .param("acceptPendingReview", "true"))
                .andExpect(redirectedUrl("/register/submitted"));
        return username;
    }

    @Test
    void theRegistrationHoldsNoPlainTextTheListMasksTheNameAndTheRegistrationPageShowsItWhole() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        String username = aPendingRegistration(unique("seal"));
        Map<String, Object> row = row(username);
        assertThat((String) row.get("contact_name")).startsWith("sm4gcm:test1:").doesNotContain("欧阳");
        assertThat((String) row.get("mobile")).startsWith("sm4gcm:test1:").doesNotContain("13972")
                .doesNotContain("0001");
        assertThat((String) row.get("email")).startsWith("sm4gcm:test1:").doesNotContain("@")
                .doesNotContain("example");
        assertThat((String) row.get("email_digest")).hasSize(64);

        mvc.perform(get("/enterprises/registrations").with(People.as("officer9", Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("欧***")))
                .andExpect(content().string(not(containsString("欧阳娜娜"))));
        mvc.perform(get("/enterprises/registrations/" + row.get("id")).with(People.as("officer9", Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("欧阳娜娜")))
                .andExpect(content().string(containsString("13972000001")))
                .andExpect(content().string(containsString(username + "@example.com")));
    }

    @Test
    void theAddressFindsTheRegistrationThroughItsDigestInAnyCase() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 2, 9, 0));
        String username = aPendingRegistration(unique("seal"));
        clock.advance(EnterpriseRegistrations.RESEND_INTERVAL.plusMinutes(1));
        String address = (username + "@example.com").toUpperCase(Locale.ROOT);
        assertThat(registrations.resendTo(" " + address + " ", "http://localhost", "203.0.113.7")).isEqualTo(1);
        assertThat(registrations.resendTo("example.com", "http://localhost", "203.0.113.8")).isZero();
    }

    @Test
    void theProfileContactIsSealedAndReadsWhole() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        EnterpriseFixtures fixtures = new EnterpriseFixtures(mvc, enterprises, users, jdbc);
        Staff staff = fixtures.anEnterpriseWithItsManager();
        mvc.perform(put("/api/v1/enterprises/me/profile").cookie(fixtures.login(staff.username())).with(csrf())
                        .header("If-Match", "0").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(ProfileTest.aValidProfile())))
                .andExpect(status().isOk());
        Map<String, Object> stored = jdbc.sql("""
                        select contact_name, contact_phone, contact_mobile, contact_fax, contact_email
                        from enterprise_profile where enterprise_id = :id""")
                .param("id", staff.enterpriseId()).query().singleRow();
        assertThat((String) stored.get("contact_name")).startsWith("sm4gcm:test1:");
        assertThat((String) stored.get("contact_phone")).startsWith("sm4gcm:test1:").doesNotContain("0717");
        assertThat((String) stored.get("contact_mobile")).startsWith("sm4gcm:test1:").doesNotContain("13972");
        assertThat(stored.get("contact_fax")).isNull();
        assertThat((String) stored.get("contact_email")).startsWith("sm4gcm:test1:").doesNotContain("@");
        EnterpriseProfile read = enterprises.profile(staff.enterpriseId()).orElseThrow();
        assertThat(read.contactName()).isEqualTo("李明");
        assertThat(read.contactPhone()).isEqualTo("0717-1234567");
        assertThat(read.contactMobile()).isEqualTo("13972000001");
        assertThat(read.contactEmail()).isEqualTo("liming@example.com");
    }

    @Test
    void plainTextRowsAreSealedAtStartOnceAndARotationReSealsThem() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 3, 9, 0));
        String username = aPendingRegistration(unique("seal"));
        long id = (Long) row(username).get("id");
        // a row as the previous release wrote it
        jdbc.sql("update enterprise_registration set contact_name = '王五', mobile = '13972005678',"
                        + " email = :e, email_digest = null where id = :id")
                .param("e", username + "@example.com").param("id", id).update();
        assertThat(registrations.find(id).orElseThrow().mobile()).as("read before sealing").isEqualTo("13972005678");

        assertThat(sealing.reseal(cipher)).isGreaterThanOrEqualTo(1);
        Map<String, Object> sealed = row(username);
        assertThat((String) sealed.get("mobile")).startsWith("sm4gcm:test1:").doesNotContain("13972");
        assertThat((String) sealed.get("contact_name")).startsWith("sm4gcm:test1:").doesNotContain("王五");
        assertThat(sealed.get("email_digest")).isEqualTo(cipher.digest("email:" + username + "@example.com"));
        assertThat(registrations.find(id).orElseThrow().contactName()).isEqualTo("王五");
        assertThat(sealing.reseal(cipher)).as("idempotent").isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'enterprise.contact-data-sealed'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);

        RotatedKeys keys = RotatedKeys.of(testKeys);
        PersonalDataCipher rotated = keys.rotated();
        try {
            assertThat(sealing.reseal(rotated)).isGreaterThanOrEqualTo(1);
            String mobile = (String) row(username).get("mobile");
            assertThat(mobile).startsWith("sm4gcm:test2:");
            assertThat(rotated.decrypt(mobile)).isEqualTo("13972005678");
            assertThat(row(username).get("email_digest")).as("the digest key does not rotate")
                    .isEqualTo(cipher.digest("email:" + username + "@example.com"));
            assertThat(sealing.reseal(rotated)).as("idempotent after the rotation").isZero();
        } finally {
            sealing.reseal(keys.back());
        }
        assertThat((String) row(username).get("mobile")).startsWith("sm4gcm:test1:");
        assertThat(registrations.find(id).orElseThrow().mobile()).isEqualTo("13972005678");
    }
}
