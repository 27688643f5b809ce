package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.Locale;

import static cn.gov.hubei.jxt.pilot.expert.Pool.OFFICER;
import static cn.gov.hubei.jxt.pilot.expert.Pool.employedBy;
import static cn.gov.hubei.jxt.pilot.expert.Pool.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pool's pages through the web: the office lists with filters, registers (problems beside their fields, in
 * Chinese), deactivates with a reason, creates an account whose password is shown once, and records a conflict; the
 * expert sees their own page and declares on an assigned application; nobody else opens any of it.
 */
@IntegrationTest
class ExpertPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ExpertPool pool;
    @Autowired ApplicationAssignments assignments;
    @Autowired ProjectApplications applications;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;

    Filing filing;
    Cookie officer;

    @BeforeEach
    void login() throws Exception {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        officer = filing.login(filing.account(Role.OFFICER, null, null));
    }

    @Test
    void theOfficeFiltersThePoolAndSeesContactDetails() throws Exception {
        String name = uniqueName("筛选");
        ExpertDetails saved = pool.register(new NewExpert(name, "长江大学", null, null, "教授",
                java.util.Set.of("CUSTOMIZATION"), java.util.Set.of("TEXTILE"), "421000", "0716-8060000", null),
                OFFICER);

        String page = html(mvc.perform(get("/experts").param("q", name).param("mode", "CUSTOMIZATION")
                .param("industry", "TEXTILE").param("division", "421000").param("status", "ACTIVE").cookie(officer)));
        assertThat(page).contains("href=\"/experts/" + saved.id() + "\"").contains("071*****0000")
                .doesNotContain("0716-8060000").contains("荆州市").contains("共 1 位专家");
        assertThat(html(mvc.perform(get("/experts").param("q", name).param("status", "INACTIVE").cookie(officer))))
                .contains("没有符合条件的专家").doesNotContain("href=\"/experts/" + saved.id() + "\"");
        assertThat(html(mvc.perform(get("/experts/" + saved.id()).cookie(officer)))).contains("0716-8060000")
                .contains("入库");
    }

    @Test
    void registeringWithProblemsShowsThemBesideTheFieldsAndStoresNothing() throws Exception {
        int before = pool.count(ExpertFilter.all(), OFFICER);
        String page = html(mvc.perform(post("/experts/new").cookie(officer).with(csrf())
                .param("name", "").param("employerName", "某研究院").param("title", "研究员")
                .param("employerCreditCode", "12345").param("email", "x")));
        assertThat(page).contains("请填写姓名。").contains("单位统一社会信用代码“12345”不正确。")
                .contains("请至少选择一个专业领域（智能制造模式）。").contains("电子邮箱的格式不正确。")
                .contains("id=\"name-error\"");
        assertThat(pool.count(ExpertFilter.all(), OFFICER)).isEqualTo(before);

        String name = uniqueName("新增");
        MvcResult created = mvc.perform(post("/experts/new").cookie(officer).with(csrf())
                .param("name", name).param("employerName", "某研究院").param("title", "研究员")
                .param("modeCodes", "DISCRETE", "PROCESS").param("divisionCode", "420500")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/experts/");
        assertThat(pool.count(ExpertFilter.all(), OFFICER)).isEqualTo(before + 1);
    }

    @Test
    void deactivatingNeedsAReasonAndTheAccountsPasswordIsShownOnce() throws Exception {
        ExpertDetails saved = pool.register(employedBy("武汉科技大学", null, null), OFFICER);

        assertThat(html(mvc.perform(post("/experts/" + saved.id() + "/deactivate").cookie(officer).with(csrf())
                .param("reason", " ")))).contains("请说明理由。");
        assertThat(mvc.perform(post("/experts/" + saved.id() + "/deactivate").cookie(officer).with(csrf())
                .param("reason", "身体原因")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(pool.details(saved.id(), OFFICER).orElseThrow().status()).isEqualTo(ExpertStatus.INACTIVE);
        assertThat(html(mvc.perform(get("/experts/" + saved.id()).cookie(officer)))).contains("已停用该专家。");

        MvcResult account = mvc.perform(post("/experts/" + saved.id() + "/account").cookie(officer).with(csrf()))
                .andReturn();
        ExpertAccount created = ((List<?>) account.getFlashMap().get("accounts")).stream()
                .map(ExpertAccount.class::cast).findFirst().orElseThrow();
        assertThat(created.username()).isEqualTo(String.format("zj%05d", saved.id()));
        assertThat(users.findByUsername(created.username()).orElseThrow().roles()).containsExactly(Role.EXPERT);
        assertThat(users.findByUsername(created.username()).orElseThrow().mustChangePassword()).isTrue();
        // shown on the page the redirect leads to, and never again
        String shown = html(mvc.perform(get("/experts/" + saved.id()).cookie(officer)));
        assertThat(shown).contains(created.initialPassword()).contains("初始密码只显示这一次");
        assertThat(html(mvc.perform(get("/experts/" + saved.id()).cookie(officer))))
                .doesNotContain(created.initialPassword()).contains(created.username());
    }

    @Test
    void theExpertSeesTheirOwnPageAndDeclaresOnAnAssignedApplication() throws Exception {
        long callId = filing.openCall(null).id();
        Filing.Submitted submitted = filing.submitted(applications, callId, "420100", "智能车间" + uniqueName(""));
        ExpertDetails saved = pool.register(employedBy("湖北汽车工业学院", null, null), OFFICER);
        String username = filing.account(Role.EXPERT, null, null);
        long accountId = users.findByUsername(username).orElseThrow().id();
        pool.linkAccount(saved.id(), accountId, OFFICER);
        assignments.assign(submitted.applicationId(), accountId, "officer-x");
        Cookie expert = filing.login(username);

        String page = html(mvc.perform(get("/experts/me").cookie(expert)));
        assertThat(page).contains(saved.expert().name()).contains("湖北汽车工业学院").contains("近三年曾在申报单位任职");
        assertThat(html(mvc.perform(post("/experts/me/conflicts").cookie(expert).with(csrf())
                .param("applicationId", String.valueOf(submitted.applicationId())).param("kind", "OTHER"))))
                .contains("选择“其他”时请说明具体情况。");
        assertThat(mvc.perform(post("/experts/me/conflicts").cookie(expert).with(csrf())
                .param("applicationId", String.valueOf(submitted.applicationId())).param("kind", "SHAREHOLDING"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(html(mvc.perform(get("/experts/me").cookie(expert)))).contains("持有申报单位股份");

        // the office's pages are not the expert's
        for (String path : List.of("/experts", "/experts/" + saved.id(), "/experts/groups", "/experts/new")) {
            assertThat(mvc.perform(get(path).cookie(expert)).andReturn().getResponse().getStatus()).as(path)
                    .isEqualTo(403);
        }
    }

    @Test
    void applicantsAndRecommendersOpenNoneOfThePoolsPages() throws Exception {
        ExpertDetails saved = pool.register(employedBy("湖北文理学院", null, null), OFFICER);
        Cookie applicant = filing.login(filing.applicantOf(filing.enterprise("420100")));
        Cookie recommender = filing.login(filing.account(Role.RECOMMENDER, null, "420500"));
        for (Cookie person : List.of(applicant, recommender)) {
            for (String path : List.of("/experts", "/experts/" + saved.id(), "/experts/me", "/experts/groups")) {
                assertThat(mvc.perform(get(path).cookie(person)).andReturn().getResponse().getStatus()).as(path)
                        .isEqualTo(403);
            }
        }
        assertThat(mvc.perform(get("/experts/999999999").cookie(officer)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        MockHttpServletResponse response = result.andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static Locale zh() {
        return Locale.SIMPLIFIED_CHINESE;
    }
}
