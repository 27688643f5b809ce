package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.People;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;

import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.aCode;
import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.unique;
import static cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.withWrongCheckCharacter;
import static cn.gov.hubei.jxt.pilot.enterprise.RegistrationTest.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A code whose only fault is its check character: registered only when the person asks for review, as a pending
 * registration that the programme office approves or rejects with a recorded reason.
 */
@EnterpriseIntegrationTest
class PendingRegistrationTest {

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

    long registrationIdOf(long enterpriseId) {
        return jdbc.sql("select id from enterprise_registration where enterprise_id = :id")
                .param("id", enterpriseId).query(Long.class).single();
    }

    @Test
    void aFailingCheckCharacterIsExplainedAndRegisteredOnlyWhenTheRegistrantAsksForReview(CapturedOutput output)
            throws Exception {
        String valid = aCode("420502");
        String code = withWrongCheckCharacter(valid);
        String username = unique("pend");
        mvc.perform(registration(code, username)).andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码无效：第18位校验码与前17位不符，请对照营业执照逐位核对。")))
                .andExpect(content().string(not(containsString("第18位应为"))))
                .andExpect(content().string(containsString("少数早期颁发的代码不符合校验规则")))
                .andExpect(content().string(containsString("name=\"acceptPendingReview\"")));
        assertThat(users.findByUsername(username)).isEmpty();

        mvc.perform(registration(code, username).param("acceptPendingReview", "true"))
                .andExpect(redirectedUrl("/register/submitted"))
                .andExpect(flash().attribute("pending", true));
        Enterprise enterprise = enterprises.findByCreditCode(code).orElseThrow();
        assertThat(fixtures.auditDetail(enterprise.id(), "enterprise.registered", "status")).isEqualTo("PENDING");
        assertThat(fixtures.auditDetail(enterprise.id(), "enterprise.registered", "codeCheck"))
                .isEqualTo("统一社会信用代码无效：第18位校验码与前17位不符，请对照营业执照逐位核对。");

        // Confirming the address does not open the account while the office has not decided.
        mvc.perform(get(EnterpriseFixtures.linkFor(jdbc, username))).andExpect(status().isOk())
                .andExpect(content().string(containsString("邮箱已确认，注册待审核")));
        AccountView account = users.findByUsername(username).orElseThrow();
        assertThat(account.enabled()).isFalse();
        assertThat(EnterpriseFixtures.mailsContaining(jdbc, "由于统一社会信用代码未通过校验，注册还需省经信厅人工核实")).isNotEmpty();
    }

    @Test
    void anOfficerApprovesWithAReasonAndTheAccountOpens(CapturedOutput output) throws Exception {
        String code = withWrongCheckCharacter(aCode("420902"));
        String username = unique("appr");
        mvc.perform(registration(code, username).param("acceptPendingReview", "true"))
                .andExpect(redirectedUrl("/register/submitted"));
        mvc.perform(get(EnterpriseFixtures.linkFor(jdbc, username))).andExpect(status().isOk());
        Enterprise enterprise = enterprises.findByCreditCode(code).orElseThrow();
        assertThat(enterprise.divisionCode()).isEqualTo("420900");
        long id = registrationIdOf(enterprise.id());

        mvc.perform(get("/enterprises/registrations").with(People.as("officer9", Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("/enterprises/registrations/" + id)));
        mvc.perform(get("/enterprises/registrations/" + id).with(People.as("officer9", Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码无效：第18位校验码与前17位不符")))
                .andExpect(content().string(containsString("孝感市")));

        mvc.perform(post("/enterprises/registrations/" + id + "/approve").with(csrf())
                        .with(People.as("officer9", Role.OFFICER)).param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写理由。")));
        assertThat(users.findByUsername(username).orElseThrow().enabled()).isFalse();

        mvc.perform(post("/enterprises/registrations/" + id + "/approve").with(csrf())
                        .with(People.as("officer9", Role.OFFICER))
                        .param("reason", "已核对营业执照原件，代码为早期颁发，与执照一致。"))
                .andExpect(redirectedUrl("/enterprises/registrations/" + id));
        assertThat(users.findByUsername(username).orElseThrow().enabled()).isTrue();
        fixtures.login(username, "Yichang#2026");
        assertThat(fixtures.auditDetail(enterprise.id(), "enterprise.registration-approved", "reason"))
                .isEqualTo("已核对营业执照原件，代码为早期颁发，与执照一致。");
        String actor = jdbc.sql("""
                        select actor from audit_entry where target_type = 'enterprise' and target_id = :id
                        and action = 'enterprise.registration-approved'""")
                .param("id", String.valueOf(enterprise.id())).query(String.class).single();
        assertThat(actor).isEqualTo("officer9");
        assertThat(EnterpriseFixtures.mailsContaining(jdbc, "您为“宜昌精工智造有限公司”提交的注册已通过省经信厅审核。"
                + "审核意见：已核对营业执照原件，代码为早期颁发，与执照一致。")).isNotEmpty();

        mvc.perform(post("/enterprises/registrations/" + id + "/reject").with(csrf())
                        .with(People.as("officer9", Role.OFFICER)).param("reason", "重复决定"))
                .andExpect(redirectedUrl("/enterprises/registrations/" + id))
                .andExpect(flash().attribute("flashError", "enterprise.review.not-pending"));
        assertThat(users.findByUsername(username).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anOfficerRejectsWithAReasonAndTheCodeIsFreeAgain(CapturedOutput output) throws Exception {
        String code = withWrongCheckCharacter(aCode("420502"));
        String username = unique("rej");
        mvc.perform(registration(code, username).param("acceptPendingReview", "true"))
                .andExpect(redirectedUrl("/register/submitted"));
        long enterpriseId = enterprises.findByCreditCode(code).orElseThrow().id();
        long id = registrationIdOf(enterpriseId);

        mvc.perform(post("/enterprises/registrations/" + id + "/reject").with(csrf())
                        .with(People.as("officer9", Role.OFFICER)).param("reason", "代码与营业执照不符。"))
                .andExpect(redirectedUrl("/enterprises/registrations/" + id));
        assertThat(enterprises.findByCreditCode(code)).isEmpty();
        assertThat(users.findByUsername(username).orElseThrow().enabled()).isFalse();
        assertThat(fixtures.auditDetail(enterpriseId, "enterprise.registration-rejected", "reason"))
                .isEqualTo("代码与营业执照不符。");
        mvc.perform(get(EnterpriseFixtures.linkFor(jdbc, username))).andExpect(status().isGone())
                .andExpect(content().string(containsString("注册未通过审核")));
        assertThat(users.findByUsername(username).orElseThrow().enabled()).isFalse();

        // With the rejected one out of the way, the enterprise may register the code again.
        mvc.perform(registration(code, unique("again")).param("acceptPendingReview", "true"))
                .andExpect(redirectedUrl("/register/submitted"));
    }

    @Test
    void onlyTheProgrammeOfficeDecides() throws Exception {
        mvc.perform(get("/enterprises/registrations").with(People.as("someone", Role.APPLICANT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/registrations").with(People.as("admin", Role.SYSTEM_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/registrations")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/enterprises/registrations/999999999").with(People.as("officer9", Role.OFFICER)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("officer9@"))));
    }
}
