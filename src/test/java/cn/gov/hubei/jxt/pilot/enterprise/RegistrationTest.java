package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static cn.gov.hubei.jxt.pilot.Timestamps.sameInstant;
import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.aCode;
import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 企业注册 on the public page and the API: the happy path through e-mail confirmation, and each refusal. */
@EnterpriseIntegrationTest
class RegistrationTest {

    @Autowired MockMvc mvc;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    EnterpriseFixtures fixtures;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        fixtures = new EnterpriseFixtures(mvc, enterprises, users, jdbc);
    }

    /** The registration form filled in right; {@code changes} are field, value pairs typed differently. */
    static MockHttpServletRequestBuilder registration(String code, String username, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("creditCode", code);
        fields.put("enterpriseName", "宜昌精工智造有限公司");
        fields.put("contactName", "李明");
        fields.put("mobile", "13972000001");
        fields.put("email", username + "@example.com");
        fields.put("username", username);
        fields.put("password", "Yichang#2026");
        fields.put("passwordConfirmation", "Yichang#2026");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/register").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theRegistrationPageIsPublic() throws Exception {
        mvc.perform(get("/register")).andExpect(status().isOk())
                .andExpect(content().string(containsString("企业注册")))
                .andExpect(content().string(containsString("18位统一社会信用代码")));
    }

    @Test
    void aValidHubeiEnterpriseRegistersAndItsManagerLogsInAfterConfirmingTheAddress(CapturedOutput output)
            throws Exception {
        String code = aCode("420502");
        String username = unique("reg");
        mvc.perform(registration(code, username)).andExpect(redirectedUrl("/register/submitted"));

        Enterprise enterprise = enterprises.findByCreditCode(code).orElseThrow();
        assertThat(enterprise.name()).isEqualTo("宜昌精工智造有限公司");
        assertThat(enterprise.divisionCode()).isEqualTo("420500");
        AccountView account = users.findByUsername(username).orElseThrow();
        assertThat(account.roles()).isEqualTo(Set.of(Role.APPLICANT));
        assertThat(account.enterpriseId()).isEqualTo(enterprise.id());
        assertThat(account.displayName()).isEqualTo("李明");
        assertThat(account.mobile()).isEqualTo("13972000001");
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.enabled()).as("unusable until the address is confirmed").isFalse();
        assertThat(jdbc.sql("""
                        select action from audit_entry where target_type = 'user_account' and target_id = :id order by seq""")
                .param("id", String.valueOf(account.id())).query(String.class).list())
                .as("created disabled, not created and then disabled").containsExactly("identity.account-created");
        assertThat(enterprises.isManager(enterprise.id(), account.id())).isTrue();
        mvc.perform(formLogin().user(username).password("Yichang#2026")).andExpect(redirectedUrl("/login?error"));

        String link = EnterpriseFixtures.linkFor(jdbc, username);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :r").param("r", username + "@example.com")
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("邮箱已确认")))
                .andExpect(content().string(containsString("请使用注册时设置的用户名和密码登录")));

        assertThat(users.find(account.id()).orElseThrow().enabled()).isTrue();
        jakarta.servlet.http.Cookie session = fixtures.login(username, "Yichang#2026");
        // The first profile starts from the contact person given at registration.
        mvc.perform(get("/enterprise/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"李明\"")))
                .andExpect(content().string(containsString("value=\"13972000001\"")))
                .andExpect(content().string(containsString("value=\"" + username + "@example.com\"")));
        assertThat(fixtures.auditActions(enterprise.id()))
                .containsSubsequence("enterprise.registered", "enterprise.email-confirmed");
        assertThat(fixtures.auditDetail(enterprise.id(), "enterprise.registered", "creditCode")).isEqualTo(code);
        assertThat(fixtures.auditDetail(enterprise.id(), "enterprise.registered", "status")).isEqualTo("ACCEPTED");
        assertThat(fixtures.auditDetail(enterprise.id(), "enterprise.email-confirmed", "accountOpened"))
                .isEqualTo("true");
    }

    @Test
    void aCodeTypedWithFullWidthCharactersAndSpacesIsTidied(CapturedOutput output) throws Exception {
        String code = aCode("420602");
        String fullWidth = " " + code.chars().mapToObj(c -> String.valueOf((char) (c - 0x21 + 0xFF01)))
                .reduce("", String::concat) + " ";
        String username = unique("wide");
        mvc.perform(registration(fullWidth, username)).andExpect(redirectedUrl("/register/submitted"));
        assertThat(enterprises.findByCreditCode(code).orElseThrow().divisionCode()).isEqualTo("420600");
    }

    @Test
    void aMalformedCodeIsRefusedWithTheReasonBesideTheField() throws Exception {
        String username = unique("bad");
        mvc.perform(registration("91420500ABC", username)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"creditCode-error\"")))
                .andExpect(content().string(containsString("统一社会信用代码应为18位，当前为11位。")))
                .andExpect(content().string(containsString("data-error-summary")));
        String withO = aCode("420502").substring(0, 10) + "O" + aCode("420502").substring(11);
        mvc.perform(registration(withO, username)).andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码第11位“O”不是允许的字符")));
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void aCodeRegisteredOutsideHubeiIsRefused() throws Exception {
        String code = aCode("110108");
        String username = unique("bj");
        mvc.perform(registration(code, username)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "该代码登记地为北京市，不在湖北省。本系统只受理在湖北省登记注册的企业。")));
        assertThat(enterprises.findByCreditCode(code)).isEmpty();
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void aCodeRegisteredAlreadyIsRefusedAndTheColleagueIsToldWhomToAsk() throws Exception {
        String code = aCode("420502");
        mvc.perform(registration(code, unique("first"))).andExpect(redirectedUrl("/register/submitted"));
        String second = unique("second");
        mvc.perform(registration(code, second)).andExpect(status().isOk())
                .andExpect(content().string(containsString("该企业已注册，请联系本企业的系统管理人员邀请您加入。")));
        assertThat(users.findByUsername(second)).isEmpty();
    }

    @Test
    void aPasswordAgainstThePolicyIsRefusedWithEveryRuleItBreaks() throws Exception {
        String username = unique("pw");
        mvc.perform(registration(aCode("420502"), username, "password", "short", "passwordConfirmation", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码至少需要 8 个字符。")))
                .andExpect(content().string(containsString("密码须包含大写字母、小写字母、数字、其他符号中的至少 3 类。")))
                .andExpect(content().string(containsString("两次输入的密码不一致。")))
                .andExpect(content().string(not(containsString("value=\"short\""))));
        mvc.perform(registration(aCode("420502"), username,
                        "password", "X#1" + username, "passwordConfirmation", "X#1" + username))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码不得包含用户名。")));
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void contactDetailsAreChecked() throws Exception {
        mvc.perform(registration(aCode("420502"), unique("mob"),
                        "mobile", "12912345678", "email", "not-an-address", "contactName", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("手机号码应为11位数字，以13至19开头，如 13912345678。")))
                .andExpect(content().string(containsString("电子邮箱格式不正确，应形如 name@example.com。")))
                .andExpect(content().string(containsString("请填写联系人姓名。")));
    }

    @Test
    void aTakenUserNameIsRefused() throws Exception {
        String username = unique("taken");
        mvc.perform(registration(aCode("420502"), username)).andExpect(redirectedUrl("/register/submitted"));
        mvc.perform(registration(aCode("420502"), username)).andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名“" + username + "”已被使用。")));
    }

    @Test
    void aCodeOfTheProvincialAuthorityAsksWhereTheEnterpriseIs() throws Exception {
        String code = aCode("420000");
        String username = unique("prov");
        mvc.perform(registration(code, username)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "该代码的登记机关行政区划码（420000）不对应任何推荐单位，请选择企业所在地。")))
                .andExpect(content().string(containsString("id=\"divisionCode\"")));
        mvc.perform(registration(code, username).param("divisionCode", "420100"))
                .andExpect(redirectedUrl("/register/submitted"));
        assertThat(enterprises.findByCreditCode(code).orElseThrow().divisionCode()).isEqualTo("420100");
    }

    @Test
    void theApiRegistersAndAnswersRefusalsWithFieldErrors(CapturedOutput output) throws Exception {
        String code = aCode("421002");
        String username = unique("api");
        String body = """
                {"creditCode": "%s", "enterpriseName": "荆州智能装备有限公司", "contactName": "王芳",
                 "mobile": "13800000000", "email": "%s@example.com", "username": "%s",
                 "password": "Jingzhou#2026", "passwordConfirmation": "Jingzhou#2026"}""";
        mvc.perform(post("/api/v1/enterprises/registrations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(code, username, username)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.email").value(username + "@example.com"))
                .andExpect(jsonPath("$.confirmationLinkExpiresAt").value(sameInstant("2026-06-03T09:00:00+08:00")));
        assertThat(enterprises.findByCreditCode(code).orElseThrow().divisionCode()).isEqualTo("421000");
        assertThat(EnterpriseFixtures.linkFor(jdbc, username)).startsWith("/register/confirm/");

        mvc.perform(post("/api/v1/enterprises/registrations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(code, unique("api"), "x")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.errors[0].message").value("该企业已注册，请联系本企业的系统管理人员邀请您加入。"))
                .andExpect(jsonPath("$.errors[1].field").value("username"))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("用户名须为3–64位小写字母、数字、点、下划线或连字符，并以字母或数字开头。"))
                .andExpect(jsonPath("$.pendingReviewOffered").value(false));
    }
}
