package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.Sessions;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.gov.hubei.jxt.pilot.identity.internal.LoginService;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A wrong password is answered the same whatever the account's state, so that user names cannot be discovered; the
 * state is told only after the right password. A NUL in the name or password is a failed login, not an error.
 */
@IntegrationTest
class LoginAnswersTest {

    static final String PASSWORD = "Answers#2026";
    static final String WRONG = "Wrong#2026x";
    static final String BAD_CREDENTIALS = "用户名或密码错误。";
    static final SecureRandom RANDOM = new SecureRandom();

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired LoginService logins;

    String existing;
    String locked;
    String disabled;
    String unconfirmed;

    @BeforeEach
    void accountsInEveryState() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        existing = officer("ok");
        locked = officer("lk");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(locked).password(WRONG)).andExpect(unauthenticated());
        }
        assertThat(users.findByUsername(locked).orElseThrow().lockedUntil()).isNotNull();
        disabled = officer("ds");
        users.disable(users.findByUsername(disabled).orElseThrow().id());
        unconfirmed = register();
    }

    @Test
    void aWrongPasswordGetsTheSamePageWhateverTheAccount() throws Exception {
        for (String name : List.of(existing, locked, disabled, unconfirmed, "nobody-" + existing)) {
            assertThat(formLoginMessage(name, WRONG)).as(name).isEqualTo(BAD_CREDENTIALS);
        }
    }

    @Test
    void aWrongPasswordGetsTheSameTokenAnswerWhateverTheAccount() throws Exception {
        String unknown = tokenAnswer("nobody-" + existing, WRONG);
        assertThat(unknown).startsWith("401 ").contains("\"detail\":\"" + BAD_CREDENTIALS + "\"");
        for (String name : List.of(existing, locked, disabled, unconfirmed)) {
            assertThat(tokenAnswer(name, WRONG)).as(name).isEqualTo(unknown);
        }
    }

    @Test
    void theStateIsToldOnlyAfterTheRightPassword() throws Exception {
        assertThat(formLoginMessage(locked, PASSWORD)).isEqualTo(
                "账号因多次密码错误已被锁定，请于 2026-03-02 09:30 后再试，或联系系统管理员解锁。");
        assertThat(formLoginMessage(disabled, PASSWORD)).isEqualTo("账号已停用，请联系系统管理员。");
        assertThat(formLoginMessage(unconfirmed, PASSWORD)).startsWith("账号尚未启用：请先点击注册确认邮件中的链接确认邮箱。");
        assertThat(tokenAnswer(locked, PASSWORD)).startsWith("401 ").contains("已被锁定，请于 2026-03-02 09:30 后再试");
        assertThat(tokenAnswer(unconfirmed, PASSWORD)).startsWith("401 ").contains("账号尚未启用");
    }

    @Test
    void aNulInTheNameOrPasswordIsAFailedLogin() throws Exception {
        // The input gate refuses control characters in every request before a login is tried ...
        mvc.perform(formLogin().user(existing.substring(0, 3) + "\u0000" + existing.substring(3)).password(PASSWORD))
                .andExpect(status().isBadRequest()).andExpect(unauthenticated());
        // ... and the login is safe by itself: a NUL in the name or the password is a wrong password, never an error
        for (String channel : List.of("form", "api")) {
            assertThatThrownBy(() -> logins.authenticate(existing.substring(0, 3) + "\u0000" + existing.substring(3),
                    PASSWORD, "127.0.0.1", channel)).isExactlyInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> logins.authenticate(existing, PASSWORD + "\u0000", "127.0.0.1", channel))
                    .isExactlyInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> logins.authenticate(existing, "\u0000", "127.0.0.1", channel))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(logins.authenticate(existing, PASSWORD, "127.0.0.1", "form").username()).isEqualTo(existing);
    }

    private String officer(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewAccount(name, "应答测试", null, null, Set.of(Role.OFFICER), null, null), PASSWORD, false);
        return name;
    }

    /** A self-registered enterprise whose e-mail address is not confirmed yet; returns the user name. */
    private String register() throws Exception {
        StringBuilder body = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            body.append(RANDOM.nextInt(10));
        }
        String code = UnifiedSocialCreditCode.forEnterprise("420502", body.toString()).value();
        String name = "uc" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/enterprises/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"creditCode":"%s","enterpriseName":"应答测试企业","contactName":"李明",
                                 "mobile":"13972000001","email":"%s@example.com","username":"%s",
                                 "password":"%s","passwordConfirmation":"%s"}""".formatted(code, name, name, PASSWORD,
                                PASSWORD)))
                .andExpect(status().isCreated());
        return name;
    }

    /** The message the login page shows after a login with these credentials. */
    private String formLoginMessage(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated()).andReturn();
        String page = mvc.perform(get("/login").cookie(Sessions.of(result))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int start = page.indexOf("id=\"login-error\">");
        assertThat(start).as("the login page shows an error").isPositive();
        String text = page.substring(start + "id=\"login-error\">".length(), page.indexOf("</div>", start));
        return HtmlUtils.htmlUnescape(text).strip();
    }

    /** Status and body of a token request with these credentials. */
    private String tokenAnswer(String username, String password) throws Exception {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        var response = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(json(body)))
                .andReturn().getResponse();
        return response.getStatus() + " " + response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String json(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(k).append("\":\"");
            v.chars().forEach(c -> sb.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
            sb.append('"');
        });
        return sb.append('}').toString();
    }
}
