package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginAndLockoutTest {

    static final String PASSWORD = "Lockout#2026";

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;

    String username;

    @BeforeEach
    void anOfficerAccount() {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        username = "lock" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewAccount(username, "锁定测试", null, null, Set.of(Role.OFFICER), null, null), PASSWORD, false);
    }

    @Test
    void logsInWithTheRightPasswordAndRecordsIt() throws Exception {
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username).withRoles("OFFICER"));
        assertThat(auditOutcomes("identity.login")).containsExactly("SUCCESS");
        // the session ends after the policy's 30 idle minutes
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :u")
                .param("u", username).query(Integer.class).single()).isEqualTo(1800);
    }

    @Test
    void refusesAWrongPasswordWithAMessageInChineseAndRecordsTheFailure() throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password("Wrong#2026"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated()).andReturn();
        jakarta.servlet.http.Cookie session = cn.gov.hubei.jxt.pilot.Sessions.of(result);
        mvc.perform(get("/login").cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误。")));
        assertThat(auditOutcomes("identity.login")).containsExactly("FAILURE");
    }

    @Test
    void locksAfterFiveFailuresWithinFifteenMinutesForThirtyMinutes() throws Exception {
        for (int i = 0; i < 4; i++) {
            failOnce();
            clock.advance(Duration.ofMinutes(3));
        }
        // the fifth failure, 12 minutes after the first, locks the account until 09:42; a wrong password is told
        // nothing more than that it is wrong
        MvcResult fifth = mvc.perform(formLogin().user(username).password("Wrong#2026"))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        mvc.perform(get("/login").cookie(cn.gov.hubei.jxt.pilot.Sessions.of(fifth)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误。")));
        assertThat(users.findByUsername(username).orElseThrow().lockedUntil().toInstant())
                .isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 42).atZone(MutableClock.SHANGHAI).toInstant());

        // the right password does not help while locked, and only it learns of the lock
        clock.advance(Duration.ofMinutes(29));
        MvcResult right = mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated())
                .andReturn();
        mvc.perform(get("/login").cookie(cn.gov.hubei.jxt.pilot.Sessions.of(right)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请于 2026-03-02 09:42 后再试")));

        // 30 minutes after locking it opens again
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 42));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(auditOutcomes("identity.account-locked")).containsExactly("SUCCESS");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() throws Exception {
        for (int i = 0; i < 5; i++) {
            failOnce();
            clock.advance(Duration.ofMinutes(4)); // the 5th failure is 16 minutes after the 1st
        }
        assertThat(users.findByUsername(username).orElseThrow().lockedUntil()).isNull();
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        users.disable(users.findByUsername(username).orElseThrow().id());
        MvcResult result = mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(unauthenticated()).andReturn();
        mvc.perform(get("/login").cookie(cn.gov.hubei.jxt.pilot.Sessions.of(result)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("账号已停用，请联系系统管理员。")));
    }

    @Test
    void anUnknownUserGetsTheSameMessageAsAWrongPassword() throws Exception {
        MvcResult result = mvc.perform(formLogin().user("nobody-" + username).password(PASSWORD))
                .andExpect(unauthenticated()).andReturn();
        mvc.perform(get("/login").cookie(cn.gov.hubei.jxt.pilot.Sessions.of(result)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误。")));
    }

    @Test
    void pagesNeedALogin() throws Exception {
        // the home page is public (it explains the programme); the pages of the work are not
        mvc.perform(get("/applications")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/inbox")).andExpect(redirectedUrl("/login"));
    }

    private void failOnce() throws Exception {
        mvc.perform(formLogin().user(username).password("Wrong#2026")).andExpect(unauthenticated());
    }

    private List<String> auditOutcomes(String action) {
        return jdbc.sql("select outcome from audit_entry where action = :action and actor = :actor order by seq")
                .param("action", action).param("actor", username).query(String.class).list();
    }
}
