package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.Sessions;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Disabling an account, resetting its password or its holder changing it ends every other web session of the account
 * and revokes its bearer tokens at once; the holder's own session survives their own change.
 */
@IntegrationTest
class SessionEndTest {

    static final String PASSWORD = "Session#2026";

    @Autowired MockMvc mvc;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    String username;
    long id;

    @BeforeEach
    void anOfficer() {
        username = "sess" + UUID.randomUUID().toString().substring(0, 8);
        id = users.create(new NewAccount(username, "会话测试", null, null, Set.of(Role.OFFICER), null, null),
                PASSWORD, false).id();
    }

    @Test
    void theSystemAdministratorDisablingAnAccountEndsItsSessionsAndTokens() throws Exception {
        Cookie first = login(PASSWORD);
        Cookie second = login(PASSWORD);
        String token = token(PASSWORD);
        mvc.perform(get("/inbox").cookie(first)).andExpect(status().isOk());

        Cookie admin = loginAs("sysadmin", "Demo#2020");
        mvc.perform(post("/admin/users/" + id + "/disable").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));

        mvc.perform(get("/inbox").cookie(first)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/inbox").cookie(second)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(liveSessions()).isZero();
        // the administrator's own session goes on
        mvc.perform(get("/admin/users/" + id).cookie(admin)).andExpect(status().isOk());
        assertThat(audit("identity.sessions-ended")).containsExactly("2 account-disabled");
        assertThat(audit("identity.tokens-revoked")).containsExactly("1 account-disabled");
    }

    @Test
    void aPasswordResetEndsTheSessionsAndTokens() throws Exception {
        Cookie session = login(PASSWORD);
        String token = token(PASSWORD);

        users.resetPassword(id);

        mvc.perform(get("/inbox").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(audit("identity.sessions-ended")).containsExactly("1 password-reset");
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsAndTokensButKeepsThisOne() throws Exception {
        Cookie here = login(PASSWORD);
        Cookie elsewhere = login(PASSWORD);
        String token = token(PASSWORD);

        mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "Changed#2026x")
                        .param("confirmation", "Changed#2026x"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/inbox").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/inbox").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(liveSessions()).isEqualTo(1);
        assertThat(audit("identity.sessions-ended")).containsExactly("1 password-changed");
        assertThat(audit("identity.tokens-revoked")).containsExactly("1 password-changed");
    }

    private Cookie login(String password) throws Exception {
        return loginAs(username, password);
    }

    private Cookie loginAs(String user, String password) throws Exception {
        return Sessions.of(mvc.perform(formLogin().user(user).password(password)).andExpect(redirectedUrl("/"))
                .andReturn());
    }

    private String token(String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asText();
    }

    private int liveSessions() {
        return jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
                .query(Integer.class).single();
    }

    /** "count reason" of each entry of the action about this account, oldest first. */
    private List<String> audit(String action) {
        return jdbc.sql("""
                        select (cast(details as jsonb) ->> 'count') || ' ' || coalesce(cast(details as jsonb) ->> 'reason', '')
                        from audit_entry where action = :action and target_type = 'user_account' and target_id = :id
                        order by seq""")
                .param("action", action).param("id", String.valueOf(id)).query(String.class).list();
    }
}
