package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.identity.AccountRuleException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A self-registered account opens through its registration only: the system administrator sees 待确认邮箱 and cannot
 * enable it. The registrant may ask for a new confirmation mail by address, at most once per few minutes, and is
 * answered the same whether or not the address is registered.
 */
@EnterpriseIntegrationTest
class RegistrationHoldTest {

    @Autowired MockMvc mvc;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
    }

    @Test
    void theSystemAdministratorCannotEnableAnUnconfirmedRegistration(CapturedOutput output) throws Exception {
        String username = unique("hold");
        mvc.perform(registration(aCode("420502"), username)).andExpect(redirectedUrl("/register/submitted"));
        long id = users.findByUsername(username).orElseThrow().id();

        mvc.perform(get("/admin/users/" + id).with(user("sysadmin9").roles("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("待确认邮箱")))
                .andExpect(content().string(not(containsString("/admin/users/" + id + "/enable"))));
        mvc.perform(post("/admin/users/" + id + "/enable").with(csrf()).with(user("sysadmin9").roles("SYSTEM_ADMIN")))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andExpect(flash().attribute("flashError", "account.enable.held.email-unconfirmed"));
        assertThatThrownBy(() -> users.enable(id)).isInstanceOf(AccountRuleException.class)
                .hasMessageContaining("account.enable.held.email-unconfirmed");
        assertThat(users.find(id).orElseThrow().enabled()).isFalse();

        // the registrant's confirmation still opens it
        mvc.perform(get(EnterpriseFixtures.linkFor(jdbc, username))).andExpect(status().isOk());
        assertThat(users.find(id).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aNewConfirmationMailIsSentByAddressAtMostOncePerFiveMinutes(CapturedOutput output) throws Exception {
        String username = unique("again");
        String email = username + "@example.com";
        mvc.perform(registration(aCode("420502"), username)).andExpect(redirectedUrl("/register/submitted"));
        String first = EnterpriseFixtures.linkFor(jdbc, username);
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/register/resend\"")));

        String known = resend(email.toUpperCase());
        String unknown = resend("nobody-" + email);
        assertThat(known).contains("如果该邮箱对应一个尚未确认的注册，新的确认邮件已经发出").isEqualTo(unknown);
        assertThat(mails(email)).as("the registration's own mail was sent less than 5 minutes ago").isEqualTo(1);

        clock.advance(Duration.ofMinutes(6));
        assertThat(resend(email)).isEqualTo(unknown);
        assertThat(mails(email)).isEqualTo(2);
        assertThat(resend(email)).isEqualTo(unknown);
        assertThat(mails(email)).as("not again within 5 minutes").isEqualTo(2);

        String second = EnterpriseFixtures.linkFor(jdbc, username);
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(first)).andExpect(status().isGone());
        mvc.perform(get(second)).andExpect(status().isOk());
        assertThat(users.findByUsername(username).orElseThrow().enabled()).isTrue();

        clock.advance(Duration.ofMinutes(6));
        resend(email);
        assertThat(mails(email)).as("a confirmed address gets nothing").isEqualTo(2);
    }

    private String resend(String email) throws Exception {
        String page = mvc.perform(post("/register/resend").with(csrf()).param("email", email))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        return main.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private int mails(String email) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :r").param("r", email)
                .query(Integer.class).single();
    }
}
