package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDateTime;

import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.aCode;
import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.unique;
import static cn.gov.hubei.jxt.pilot.enterprise.RegistrationTest.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The e-mail confirmation link: random, stored hashed, valid 48 hours, works once. */
@EnterpriseIntegrationTest
class ConfirmationLinkTest {

    @Autowired MockMvc mvc;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    EnterpriseFixtures fixtures;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        fixtures = new EnterpriseFixtures(mvc, enterprises, users, jdbc);
    }

    String register(String username, String code) throws Exception {
        mvc.perform(registration(code, username)).andExpect(redirectedUrl("/register/submitted"));
        return code;
    }

    @Test
    void theLinkWorksOnceAndOnlyItsHashIsStored(CapturedOutput output) throws Exception {
        String username = unique("once");
        long enterpriseId = enterprises.findByCreditCode(register(username, aCode("420502"))).orElseThrow().id();
        String link = EnterpriseFixtures.linkFor(jdbc, username);
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("select count(*) from enterprise_email_confirmation where token_hash like :t")
                .param("t", "%" + token + "%").query(Integer.class).single()).isZero();

        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(get(link)).andExpect(status().isGone())
                .andExpect(content().string(containsString("该链接已使用过")));
        assertThat(fixtures.auditActions(enterpriseId).stream().filter("enterprise.email-confirmed"::equals))
                .hasSize(1);
    }

    @Test
    void anExpiredLinkIsRefusedAndANewOneCanBeSentInItsPlace(CapturedOutput output) throws Exception {
        String username = unique("late");
        long enterpriseId = enterprises.findByCreditCode(register(username, aCode("420502"))).orElseThrow().id();
        String expired = EnterpriseFixtures.linkFor(jdbc, username);

        clock.advance(Duration.ofHours(47).plusMinutes(59));
        String token = expired.substring(expired.lastIndexOf('/') + 1);
        mvc.perform(post("/register/confirm/resend").with(csrf()).param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无法重新发送")));

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get(expired)).andExpect(status().isGone())
                .andExpect(content().string(containsString("链接已过期")))
                .andExpect(content().string(containsString("重新发送确认邮件")));
        assertThat(users.findByUsername(username).orElseThrow().enabled()).isFalse();

        mvc.perform(post("/register/confirm/resend").with(csrf()).param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("确认邮件已重新发送")));
        String renewed = EnterpriseFixtures.linkFor(jdbc, username);
        assertThat(renewed).isNotEqualTo(expired);

        mvc.perform(get(expired)).andExpect(status().isGone())
                .andExpect(content().string(containsString("链接已失效")));
        mvc.perform(get(renewed)).andExpect(status().isOk())
                .andExpect(content().string(containsString("邮箱已确认")));
        assertThat(users.findByUsername(username).orElseThrow().enabled()).isTrue();
        assertThat(fixtures.auditActions(enterpriseId))
                .containsSubsequence("enterprise.registered", "enterprise.confirmation-resent",
                        "enterprise.email-confirmed");
    }

    @Test
    void anUnknownLinkIsNotFound() throws Exception {
        mvc.perform(get("/register/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("链接无效")));
        mvc.perform(get("/register/confirm/not-a-token")).andExpect(status().isNotFound());
    }
}
