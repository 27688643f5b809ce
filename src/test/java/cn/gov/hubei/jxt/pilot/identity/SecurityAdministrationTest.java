package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.Sessions;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The security administrator's policy page lists the locked accounts (unlock, audited) and the policy's history. */
@IntegrationTest
class SecurityAdministrationTest {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired UserAdministration users;
    @Autowired PasswordPolicies policies;
    @Autowired JdbcClient jdbc;

    @Test
    void theSecurityAdministratorUnlocksALockedAccountWithAReason() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        String username = "lockd" + UUID.randomUUID().toString().substring(0, 8);
        long id = users.create(new NewAccount(username, "被锁定的人", null, null, Set.of(Role.EXPERT), null, null),
                "Locked#2026", false).id();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("Wrong#2026x")).andExpect(unauthenticated());
        }
        Cookie secadmin = secadmin();
        mvc.perform(get("/admin/policy").cookie(secadmin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("被锁定的账号")))
                .andExpect(content().string(containsString("<td>" + username + "</td>")))
                .andExpect(content().string(containsString("<td>被锁定的人</td>")))
                .andExpect(content().string(containsString("2026-03-02 09:30")))
                .andExpect(content().string(not(containsString("武汉智造示范科技有限公司"))));

        mvc.perform(post("/admin/policy/locked/" + id + "/unlock").cookie(secadmin).with(csrf())
                        .param("reason", "已电话核实为本人"))
                .andExpect(redirectedUrl("/admin/policy#locked"));
        assertThat(users.find(id).orElseThrow().lockedUntil()).isNull();
        mvc.perform(formLogin().user(username).password("Locked#2026")).andExpect(authenticated());
        assertThat(jdbc.sql("""
                        select actor || ' ' || (cast(details as jsonb) ->> 'reason') || ' ' || (cast(details as jsonb) ->> 'wasLocked')
                        from audit_entry where action = 'identity.account-unlocked' and target_id = :id""")
                .param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("secadmin 已电话核实为本人 true");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.account-locked' and target_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void thePolicyPageShowsWhoChangedWhatWhenFromWhatToWhat() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 3, 10, 15));
        Cookie secadmin = secadmin();
        PasswordPolicy before = policies.current();
        try {
            change(secadmin, before, before.maxFailures() + 1, before.lockMinutes() + 5);
            mvc.perform(get("/admin/policy").cookie(secadmin)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("策略变更记录")))
                    .andExpect(content().string(containsString("<td>2026-03-03 10:15</td>")))
                    .andExpect(content().string(containsString("<td>secadmin</td>")))
                    .andExpect(content().string(containsString("<td>锁定前允许的连续失败次数</td>")))
                    .andExpect(content().string(containsString("<td>" + before.maxFailures() + " → "
                            + (before.maxFailures() + 1) + "</td>")))
                    .andExpect(content().string(containsString("<td>锁定时长（分钟）</td>")))
                    .andExpect(content().string(containsString("<td>" + before.lockMinutes() + " → "
                            + (before.lockMinutes() + 5) + "</td>")));
            assertThat(policies.history(10)).extracting(PasswordPolicies.Change::field).startsWith("maxFailures",
                    "lockMinutes");
        } finally {
            change(secadmin, policies.current(), before.maxFailures(), before.lockMinutes());
        }
        assertThat(policies.current().maxFailures()).isEqualTo(before.maxFailures());
    }

    private void change(Cookie session, PasswordPolicy p, int maxFailures, int lockMinutes) throws Exception {
        mvc.perform(post("/admin/policy").cookie(session).with(csrf())
                        .param("minLength", String.valueOf(p.minLength()))
                        .param("minCharacterClasses", String.valueOf(p.minCharacterClasses()))
                        .param("forbidUsername", String.valueOf(p.forbidUsername()))
                        .param("maxFailures", String.valueOf(maxFailures))
                        .param("failureWindowMinutes", String.valueOf(p.failureWindowMinutes()))
                        .param("lockMinutes", String.valueOf(lockMinutes))
                        .param("idleTimeoutMinutes", String.valueOf(p.idleTimeoutMinutes()))
                        .param("version", String.valueOf(p.version())))
                .andExpect(redirectedUrl("/admin/policy"));
    }

    private Cookie secadmin() throws Exception {
        return Sessions.of(mvc.perform(formLogin().user("secadmin").password("Demo#2020")).andExpect(redirectedUrl("/"))
                .andReturn());
    }
}
