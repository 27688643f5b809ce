package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ForcedPasswordChangeTest {

    @Autowired MockMvc mvc;
    @Autowired UserAdministration users;

    String username;
    long id;

    @BeforeEach
    void anExpertWithAnInitialPassword() {
        username = "first" + UUID.randomUUID().toString().substring(0, 8);
        id = users.create(new NewAccount(username, "首次登录", null, null, Set.of(Role.EXPERT), null, null),
                "Initial#2026", true).id();
    }

    @Test
    void firstLoginLeadsToThePasswordChangeAndNothingElseUntilDone() throws Exception {
        jakarta.servlet.http.Cookie session = login("Initial#2026");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("无权访问"))
                .andExpect(content().string(containsString("须先登录网页修改初始密码")));
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("须先设置新密码")));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", "Initial#2026").param("newPassword", "short")
                        .param("confirmation", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码至少需要 8 个字符。")))
                .andExpect(content().string(containsString("两次输入的新密码不一致。")));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", "Initial#2026").param("newPassword", "Chosen#2026x")
                        .param("confirmation", "Chosen#2026x"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        assertThat(users.find(id).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void aResetForcesTheChangeAgainAndTheTemporaryPasswordWorksOnce() throws Exception {
        login("Initial#2026");
        String temporary = users.resetPassword(id);
        assertThat(new PasswordPolicy(8, 3, true, 5, 15, 30, 30, 0).check(temporary, username)).isEmpty();
        jakarta.servlet.http.Cookie session = login(temporary);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void theCurrentPasswordMustBeRight() throws Exception {
        jakarta.servlet.http.Cookie session = login("Initial#2026");
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", "Wrong#2026").param("newPassword", "Chosen#2026x")
                        .param("confirmation", "Chosen#2026x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前密码不正确。")));
        assertThat(users.find(id).orElseThrow().mustChangePassword()).isTrue();
    }

    private jakarta.servlet.http.Cookie login(String password) throws Exception {
        return cn.gov.hubei.jxt.pilot.Sessions.of(mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/account/password")).andReturn());
    }
}
