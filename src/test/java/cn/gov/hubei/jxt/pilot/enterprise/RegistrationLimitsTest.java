package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.aCode;
import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registrations per client address and confirmation mails per recipient (docs/security.md, "Abuse limits"). */
@IntegrationTest
class RegistrationLimitsTest {

    @Autowired MockMvc mvc;
    @Autowired RateLimits limits;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    final Map<String, RateLimits.Limit> replaced = new HashMap<>();

    @BeforeEach
    void aStoppedClock() {
        clock.set(LocalDateTime.of(2026, 12, 9, 10, 0));
    }

    @AfterEach
    void restoreTheLimits() {
        replaced.forEach(limits::configure);
        replaced.clear();
    }

    void limit(String name, int capacity, Duration period) {
        replaced.putIfAbsent(name, limits.limit(name));
        limits.configure(name, new RateLimits.Limit(capacity, period));
    }

    static String anAddress() {
        return "198.19." + (UUID.randomUUID().hashCode() & 0xff) + "." + (UUID.randomUUID().hashCode() & 0xff);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    long mailsTo(String address) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :r").param("r", address)
                .query(Long.class).single();
    }

    @Test
    void theSecondRegistrationFromOneAddressIsRefusedWithTheTimeAndNothingIsCreated() throws Exception {
        limit("registration-address", 1, Duration.ofHours(1));
        String address = anAddress();
        mvc.perform(RegistrationTest.registration(aCode("420502"), unique("rl")).with(from(address)))
                .andExpect(redirectedUrl("/register/submitted"));
        String code = aCode("420502");
        String username = unique("rl");
        mvc.perform(RegistrationTest.registration(code, username).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "3600"))
                .andExpect(content().string(containsString("来自同一地址的注册或发往同一邮箱的确认邮件过于频繁，本次未发送任何邮件。请于 2026-12-09 11:00（约 60 分钟后）再试。")));
        assertThat(jdbc.sql("select count(*) from enterprise where credit_code = :c").param("c", code)
                .query(Long.class).single()).isZero();
        assertThat(mailsTo(username + "@example.com")).isZero();
        // the JSON API: the same limit, 429 problem
        mvc.perform(post("/api/v1/enterprises/registrations").contentType(MediaType.APPLICATION_JSON).with(from(address))
                        .content("""
                                {"creditCode":"%s","enterpriseName":"宜昌精工智造有限公司","contactName":"李明",
                                 "mobile":"13972000001","email":"%s@example.com","username":"%s",
                                 "password":"Yichang#2026","passwordConfirmation":"Yichang#2026"}"""
                                .formatted(code, username, username)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "3600"))
                .andExpect(jsonPath("$.retryAfterSeconds").value(3600))
                .andExpect(jsonPath("$.detail", containsString("请约 60 分钟后再试")));
        // another address registers
        mvc.perform(RegistrationTest.registration(code, username).with(from(anAddress())))
                .andExpect(redirectedUrl("/register/submitted"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'enterprise.registration-throttled' "
                + "and client_address = :c").param("c", address).query(Long.class).single())
                .as("audited once per window").isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        mvc.perform(RegistrationTest.registration(aCode("420502"), unique("rl")).with(from(address)))
                .andExpect(redirectedUrl("/register/submitted"));
    }

    @Test
    void noMailBombing_theThirdConfirmationMailToOneAddressIsNotSentAndThePersonIsTold() throws Exception {
        limit("confirmation-mail", 2, Duration.ofDays(1));
        String username = unique("mb");
        String email = username + "@example.com";
        mvc.perform(RegistrationTest.registration(aCode("420502"), username).with(from(anAddress())))
                .andExpect(redirectedUrl("/register/submitted"));
        assertThat(mailsTo(email)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(6)); // past the resend interval of one registration
        mvc.perform(post("/register/resend").with(csrf()).param("email", email).with(from(anAddress())))
                .andExpect(status().isOk());
        assertThat(mailsTo(email)).isEqualTo(2);
        clock.advance(Duration.ofMinutes(6));
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/register/resend").with(csrf()).param("email", email.toUpperCase())
                            .with(from(anAddress())))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().string(containsString("本次未发送任何邮件")));
        }
        assertThat(mailsTo(email)).as("not sent").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'enterprise.confirmation-mail-throttled'"
                        + " and strpos(cast(details as text), :d) > 0")
                .param("d", "emailDigest").query(Long.class).single()).isGreaterThanOrEqualTo(1);
        // an address nobody registered counts the same (a refusal tells nothing about registrations)
        String stranger = unique("st") + "@example.com";
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/register/resend").with(csrf()).param("email", stranger)).andExpect(status().isOk());
        }
        mvc.perform(post("/register/resend").with(csrf()).param("email", stranger))
                .andExpect(status().isTooManyRequests());
        // another recipient is not affected
        String other = unique("mb");
        mvc.perform(RegistrationTest.registration(aCode("420502"), other).with(from(anAddress())))
                .andExpect(redirectedUrl("/register/submitted"));
        assertThat(mailsTo(other + "@example.com")).isEqualTo(1);
    }
}
