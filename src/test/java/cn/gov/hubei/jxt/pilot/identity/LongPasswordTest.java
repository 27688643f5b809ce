package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.Sessions;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** bcrypt uses 72 bytes of a password: a longer one is refused beside its field, in words, and changes nothing. */
@IntegrationTest
class LongPasswordTest {

    /** 25 Chinese characters (75 bytes) with the other classes: long enough in characters, too long in bytes. */
    static final String CHINESE = "湖北省智能制造试点示范项目管理系统密码长度测试用例超Ab1";
    static final String MESSAGE = "密码不能超过72个字节（约24个汉字）";

    @Autowired MockMvc mvc;
    @Autowired UserAdministration users;

    @Test
    void thePolicyCountsUtf8Bytes() {
        PasswordPolicy policy = new PasswordPolicy(8, 3, true, 5, 15, 30, 30, 0);
        assertThat(policy.check("Aa1#" + "x".repeat(68), "someone")).isEmpty(); // 72 bytes
        assertThat(policy.check("Aa1#" + "x".repeat(69), "someone")).extracting(PasswordPolicy.Violation::messageKey)
                .containsExactly("password.policy.too-long");
        assertThat(policy.check(CHINESE, "someone")).extracting(PasswordPolicy.Violation::messageKey)
                .containsExactly("password.policy.too-long");
        // bcrypt would stop at a NUL
        assertThat(policy.check("Aa1#abcd\u0000efg", "someone")).extracting(PasswordPolicy.Violation::messageKey)
                .containsExactly("password.policy.control-character");
    }

    @Test
    void changingToAPasswordOver72BytesIsRefusedBesideTheField() throws Exception {
        String username = "long" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewAccount(username, "长密码", null, null, Set.of(Role.EXPERT), null, null), "Before#2026",
                false);
        Cookie session = Sessions.of(mvc.perform(formLogin().user(username).password("Before#2026"))
                .andExpect(redirectedUrl("/")).andReturn());
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", "Before#2026").param("newPassword", CHINESE)
                        .param("confirmation", CHINESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(MESSAGE + "：英文字母、数字和英文符号每个占1个字节，"
                        + "汉字和中文标点每个占3个字节，当前为81个字节。")))
                .andExpect(content().string(containsString("id=\"newPassword-error\"")));
        // nothing changed: the old password still logs in
        mvc.perform(formLogin().user(username).password("Before#2026")).andExpect(authenticated());
    }

    @Test
    void registeringWithAPasswordOver72BytesIsRefusedBesideTheField() throws Exception {
        String code = UnifiedSocialCreditCode.forEnterprise("420502",
                "T" + String.valueOf(System.nanoTime()).substring(0, 7)).value();
        String username = "longreg" + UUID.randomUUID().toString().substring(0, 6);
        String tooLong = "Aa1#" + "x".repeat(69);
        mvc.perform(post("/api/v1/enterprises/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"creditCode":"%s","enterpriseName":"长密码企业","contactName":"李明",
                                 "mobile":"13972000001","email":"%s@example.com","username":"%s",
                                 "password":"%s","passwordConfirmation":"%s"}""".formatted(code, username, username,
                                tooLong, tooLong)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message", containsString(MESSAGE)));
        mvc.perform(post("/register").with(csrf()).param("creditCode", code).param("enterpriseName", "长密码企业")
                        .param("contactName", "李明").param("mobile", "13972000001")
                        .param("email", username + "@example.com").param("username", username)
                        .param("password", CHINESE).param("passwordConfirmation", CHINESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(MESSAGE)));
        assertThat(users.findByUsername(username)).isEmpty();
    }
}
