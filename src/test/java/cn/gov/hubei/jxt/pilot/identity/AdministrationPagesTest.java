package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.Sessions;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrators' pages, used as the administrators use them: logged in for real, every change audited. */
@IntegrationTest
class AdministrationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserAdministration users;
    @Autowired PasswordPolicies policies;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void restoreDefaultPolicy() {
        PasswordPolicy p = policies.current();
        if (p.minLength() != 8) {
            policies.update(new PasswordPolicy(8, 3, true, 5, 15, 30, 30, p.version()), p.version(), "test");
        }
    }

    @Test
    void theSystemAdministratorDisablesEnablesAndResetsAnAccount() throws Exception {
        Cookie admin = login("sysadmin");
        String username = "adm" + UUID.randomUUID().toString().substring(0, 8);
        long id = users.create(new NewAccount(username, "被管理的账号", null, null, Set.of(Role.EXPERT), null, null),
                "Managed#2026", false).id();

        mvc.perform(post("/admin/users/" + id + "/disable").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(users.find(id).orElseThrow().enabled()).isFalse();
        mvc.perform(post("/admin/users/" + id + "/enable").cookie(admin).with(csrf()));
        assertThat(users.find(id).orElseThrow().enabled()).isTrue();

        var reset = mvc.perform(post("/admin/users/" + id + "/reset-password").cookie(admin).with(csrf())).andReturn();
        String temporary = (String) reset.getFlashMap().get("temporaryPassword");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(users.find(id).orElseThrow().mustChangePassword()).isTrue();

        var entries = new AuditEntries(jdbc).forTarget("user_account", id);
        assertThat(entries).extracting(AuditEntries.Entry::action).containsExactly("identity.account-created",
                "identity.account-disabled", "identity.account-enabled", "identity.password-reset");
        assertThat(entries.get(1).actor()).isEqualTo("sysadmin");
        assertThat(entries.get(1).role()).isEqualTo("SYSTEM_ADMIN");
        // the temporary password is never in the trail
        assertThat(jdbc.sql("select count(*) from audit_entry where details::text like :p").param("p", "%" + temporary + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theSecurityAdministratorTightensThePolicyAndItAppliesAtOnce() throws Exception {
        Cookie secadmin = login("secadmin");
        int version = policies.current().version();
        mvc.perform(post("/admin/policy").cookie(secadmin).with(csrf())
                        .param("minLength", "12").param("minCharacterClasses", "3").param("forbidUsername", "true")
                        .param("maxFailures", "5").param("failureWindowMinutes", "15").param("lockMinutes", "30")
                        .param("idleTimeoutMinutes", "30").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/policy"));
        assertThat(policies.current().minLength()).isEqualTo(12);
        assertThat(policies.current().check("Short#2026", "someone")).extracting(PasswordPolicy.Violation::messageKey)
                .containsExactly("password.policy.too-short");
        var changed = new AuditEntries(jdbc).withAction("identity.policy-changed", "password_policy", 1);
        assertThat(changed.get(changed.size() - 1).actor()).isEqualTo("secadmin");
        assertThat(changed.get(changed.size() - 1).role()).isEqualTo("SECURITY_ADMIN");
    }

    @Test
    void aPolicyOutsideItsBoundsIsRefusedBesideTheField() throws Exception {
        Cookie secadmin = login("secadmin");
        mvc.perform(post("/admin/policy").cookie(secadmin).with(csrf())
                        .param("minLength", "4").param("minCharacterClasses", "3").param("forbidUsername", "true")
                        .param("maxFailures", "5").param("failureWindowMinutes", "15").param("lockMinutes", "30")
                        .param("idleTimeoutMinutes", "30").param("version", String.valueOf(policies.current().version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"minLength-error\"")));
        assertThat(policies.current().minLength()).isEqualTo(8);
    }

    @Test
    void loggingOutIsRecorded() throws Exception {
        Cookie session = login("expert2");
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        long logouts = jdbc.sql("select count(*) from audit_entry where action = 'identity.logout' and actor = 'expert2'")
                .query(Long.class).single();
        assertThat(logouts).isPositive();
        mvc.perform(get("/inbox").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    private Cookie login(String username) throws Exception {
        return Sessions.of(mvc.perform(formLogin().user(username).password("Demo#2020")).andReturn());
    }
}
