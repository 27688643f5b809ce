package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.Staff;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDateTime;
import java.util.Set;

import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 成员管理: the manager invites and disables colleagues of their own enterprise, and nobody else may. */
@EnterpriseIntegrationTest
class MemberTest {

    @Autowired MockMvc mvc;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    EnterpriseFixtures fixtures;
    Staff manager;
    Cookie session;

    @BeforeEach
    void anEnterpriseWithItsManagerLoggedIn() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        fixtures = new EnterpriseFixtures(mvc, enterprises, users, jdbc);
        manager = fixtures.anEnterpriseWithItsManager();
        session = fixtures.login(manager.username());
    }

    @Test
    void theManagerInvitesAColleagueWhoMustChooseAPasswordAtFirstLogin() throws Exception {
        String username = unique("inv");
        MvcResult invited = mvc.perform(post("/enterprise/members/invite").cookie(session).with(csrf())
                        .param("displayName", "赵工程师").param("email", username + "@example.com")
                        .param("username", username))
                .andExpect(redirectedUrl("/enterprise/members"))
                .andExpect(flash().attribute("invitedUsername", username))
                .andReturn();
        String temporary = (String) invited.getFlashMap().get("temporaryPassword");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);

        AccountView account = users.findByUsername(username).orElseThrow();
        assertThat(account.roles()).isEqualTo(Set.of(Role.APPLICANT));
        assertThat(account.enterpriseId()).isEqualTo(manager.enterpriseId());
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.enabled()).isTrue();
        assertThat(enterprises.isManager(manager.enterpriseId(), account.id())).isFalse();

        mvc.perform(get("/enterprise/members").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("赵工程师")))
                .andExpect(content().string(containsString("尚未修改初始密码")));
        mvc.perform(formLogin().user(username).password(temporary)).andExpect(redirectedUrl("/account/password"));
        assertThat(fixtures.auditDetail(manager.enterpriseId(), "enterprise.member-invited", "username"))
                .isEqualTo(username);
    }

    @Test
    void anInvitationWithMistakesIsRefusedBesideTheFields() throws Exception {
        mvc.perform(post("/enterprise/members/invite").cookie(session).with(csrf())
                        .param("displayName", "").param("email", "zhao@").param("username", manager.username()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写姓名。")))
                .andExpect(content().string(containsString("电子邮箱格式不正确，应形如 name@example.com。")))
                .andExpect(content().string(containsString("用户名“" + manager.username() + "”已被使用。")));
    }

    @Test
    void disablingAColleagueEndsTheirSessionAndRevokesTheirToken() throws Exception {
        Staff colleague = fixtures.aColleagueOf(manager);
        Cookie colleagueSession = fixtures.login(colleague.username());
        String body = mvc.perform(post("/api/v1/auth/token").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + colleague.username() + "\",\"password\":\""
                                + EnterpriseFixtures.PASSWORD + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/enterprise/profile").cookie(colleagueSession)).andExpect(status().isOk());

        mvc.perform(post("/enterprise/members/" + colleague.userId() + "/disable").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/enterprise/members"));

        mvc.perform(get("/enterprise/profile").cookie(colleagueSession)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("""
                        select cast(details as jsonb) ->> 'reason' from audit_entry
                        where action = 'identity.sessions-ended' and target_id = :id""")
                .param("id", String.valueOf(colleague.userId())).query(String.class).list())
                .containsExactly("account-disabled");
        // the manager's own session goes on
        mvc.perform(get("/enterprise/members").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void theManagerDisablesAndEnablesAColleagueButNotThemself() throws Exception {
        Staff colleague = fixtures.aColleagueOf(manager);
        mvc.perform(post("/enterprise/members/" + colleague.userId() + "/disable").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/enterprise/members"))
                .andExpect(flash().attribute("flash", "enterprise.members.disabled"));
        assertThat(users.find(colleague.userId()).orElseThrow().enabled()).isFalse();
        mvc.perform(formLogin().user(colleague.username()).password(EnterpriseFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(fixtures.auditDetail(manager.enterpriseId(), "enterprise.member-disabled", "username"))
                .isEqualTo(colleague.username());

        mvc.perform(post("/enterprise/members/" + colleague.userId() + "/enable").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/enterprise/members"));
        assertThat(users.find(colleague.userId()).orElseThrow().enabled()).isTrue();

        mvc.perform(post("/enterprise/members/" + manager.userId() + "/disable").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/enterprise/members"))
                .andExpect(flash().attribute("flashError", "enterprise.members.disable-self"));
        assertThat(users.find(manager.userId()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anotherEnterprisesManagerCannotTouchOurMembersAndSeesNoSuchMember() throws Exception {
        Staff colleague = fixtures.aColleagueOf(manager);
        Staff other = fixtures.anEnterpriseWithItsManager();
        Cookie otherSession = fixtures.login(other.username());
        mvc.perform(post("/enterprise/members/" + colleague.userId() + "/disable").cookie(otherSession).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprise/members/" + manager.userId() + "/disable").cookie(otherSession).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(users.find(colleague.userId()).orElseThrow().enabled()).isTrue();
        mvc.perform(get("/enterprise/members").cookie(otherSession)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(colleague.username()))));
    }

    @Test
    void onlyTheManagerManagesMembers() throws Exception {
        Staff colleague = fixtures.aColleagueOf(manager);
        Cookie colleagueSession = fixtures.login(colleague.username());
        mvc.perform(get("/enterprise/members").cookie(colleagueSession)).andExpect(status().isForbidden());
        mvc.perform(post("/enterprise/members/invite").cookie(colleagueSession).with(csrf())
                        .param("displayName", "x").param("email", "x@example.com").param("username", unique("x")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/enterprise/members").with(user("officer9").roles("OFFICER")))
                .andExpect(status().isForbidden());
    }
}
