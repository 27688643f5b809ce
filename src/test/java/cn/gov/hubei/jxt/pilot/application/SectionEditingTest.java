package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing a section as the applicant does on the pages: the live answers read the names the form posts, the errors
 * shown follow the saved draft (autosave included), messages on table rows name their row, and a section's problems
 * are shown only once it has been worked on or the applicant looks at what is missing for submission.
 */
@ApplicationIntegrationTest
class SectionEditingTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;

    CallSummary call;
    Enterprise enterprise;
    String applicant;
    Cookie session;
    ApplicationScope scope;
    long id;

    @BeforeEach
    void anApplicationOfAnEnterprise() throws Exception {
        Filing filing = new Filing(mvc, calls, enterprises, users, clock);
        call = filing.openCall(3);
        enterprise = filing.enterprise("420100");
        applicant = filing.applicantOf(enterprise);
        session = filing.login(applicant);
        scope = ApplicationScope.enterprise(enterprise.id());
        id = applications.create(call.id(), enterprise.id(), applicant).id();
    }

    // ------------------------------------------------------------------------------------- live answers

    @Test
    void theIndicatorChangeIsComputedFromTheFieldsThePagePosts() throws Exception {
        String page = page("plan");
        // the before field asks the change endpoint, and htmx posts the whole form with it
        assertThat(page).contains("hx-post=\"/applications/" + id + "/plan/change?indicator=OPERATING_COST\"");
        String answer = body(post("/applications/" + id + "/plan/change").param("indicator", "OPERATING_COST")
                .param("version", "0").param("targets[0].indicator", "OPERATING_COST")
                .param("targets[0].before", "100").param("targets[0].after", "80")
                .param("targets[2].indicator", "PRODUCTION_EFFICIENCY")
                .param("targets[2].before", "100").param("targets[2].after", "80"));
        assertThat(answer).contains("id=\"change-OPERATING_COST\"").contains("运营成本降低20.0%")
                .contains("text-success");
        assertThat(body(post("/applications/" + id + "/plan/change").param("indicator", "PRODUCTION_EFFICIENCY")
                .param("targets[0].indicator", "OPERATING_COST").param("targets[0].before", "100")
                .param("targets[2].indicator", "PRODUCTION_EFFICIENCY")
                .param("targets[2].before", "100").param("targets[2].after", "80")))
                .contains("生产效率变差20.0%").contains("text-danger");
    }

    @Test
    void theThresholdIsCheckedFromTheFieldThePagePosts() throws Exception {
        Filing.save(applications, id, scope, SectionKey.BASIC, Filing.basic("项目"), applicant);
        assertThat(page("self-assessment"))
                .contains("hx-post=\"/applications/" + id + "/self-assessment/check?mode=DISCRETE&amp;number=3\"");
        String answer = body(post("/applications/" + id + "/self-assessment/check").param("mode", "DISCRETE")
                .param("number", "3").param("items[2].mode", "DISCRETE").param("items[2].number", "3")
                .param("items[2].figure", "65").param("items[0].mode", "DISCRETE").param("items[0].number", "1"));
        assertThat(answer).contains("制造装备数控化率 65%未达到要求（制造装备数控化率应超过70%）：离散型智能制造第3项要素条件。");
    }

    // ------------------------------------------------------------------------------------------ errors

    @Test
    void everyMessageOnATableRowNamesItsRow() throws Exception {
        Filing.save(applications, id, scope, SectionKey.PLAN, new SectionContent.Plan(
                List.of(new SectionContent.Milestone(null, "建设内容", "2031-01-01", "2031-02-01")),
                List.of(new SectionContent.Target("OPERATING_COST", null, "100", "80")), "成长性"), applicant);
        String page = page("plan");
        assertThat(summary(page)).containsExactly(
                "实施计划 第1项：请填写阶段。",
                "运营成本降低：请填写单位。",
                "产品研制周期缩短：请填写单位。",
                "产品研制周期缩短：请填写实施前的数值。",
                "产品研制周期缩短：请填写实施后的数值。",
                "生产效率提高：请填写单位。",
                "生产效率提高：请填写实施前的数值。",
                "生产效率提高：请填写实施后的数值。",
                "产品不良品率降低：请填写单位。",
                "产品不良品率降低：请填写实施前的数值。",
                "产品不良品率降低：请填写实施后的数值。",
                "能源利用率提高：请填写单位。",
                "能源利用率提高：请填写实施前的数值。",
                "能源利用率提高：请填写实施后的数值。");

        Filing.save(applications, id, scope, SectionKey.BASIC, Filing.basic("项目"), applicant);
        Filing.save(applications, id, scope, SectionKey.SELF_ASSESSMENT, new SectionContent.SelfAssessment(List.of(
                new SectionContent.Assessment("DISCRETE", 1, "MET", null, null, null))), applicant);
        assertThat(summary(page("self-assessment"))).startsWith(
                "“离散型智能制造”第1项要素条件：请填写佐证说明。",
                // a message that names its row already is not prefixed
                "请对“离散型智能制造”第2项要素条件作出自评。");
    }

    @Test
    void anAutosaveTakesAwayTheErrorsOfCorrectedFieldsAndShowsTheNewVersionInOnePlace() throws Exception {
        Filing.save(applications, id, scope, SectionKey.BASIC, new SectionContent.BasicInfo(List.of("DISCRETE"), null,
                List.of(), "项目", null, null, null, null, null, null), applicant);
        String page = page("basic");
        assertThat(page).contains("id=\"address-error\"").contains("已保存，第1版");
        String answer = body(post("/applications/" + id + "/sections/basic").header("HX-Request", "true")
                .param("version", "1").param("modes", "DISCRETE").param("projectName", "项目")
                .param("address", "武汉市东湖高新区光谷大道1号"));
        // the status line (state and version) is replaced as a whole: the one place that shows the version
        assertThat(answer).contains("id=\"section-status\"").contains("hx-swap-oob=\"true\"")
                .contains("已保存，第2版").doesNotContain("第1版");
        // the fields still in error, for the page to take the errors off every other field
        List<String> fields = errorFields(answer);
        assertThat(fields).contains("divisionCode", "startDate", "summary").doesNotContain("address", "projectName");
        assertThat(answer).contains("请选择项目所在市州。");
    }

    // ------------------------------------------------------------------------------- when problems show

    @Test
    void aSectionNotYetStartedShowsNoProblemsAfterSavingOrAddingARow() throws Exception {
        String token = ApplicationPagesTest.tokenIn(page("plan"));
        mvc.perform(post("/applications/" + id + "/sections/plan").cookie(session).with(csrf())
                        .param("version", "0").param("draftToken", token).param("action", "save")
                        .param("targets[0].indicator", "OPERATING_COST"))
                .andExpect(status().is3xxRedirection());
        String saved = page("plan");
        assertThat(saved).doesNotContain("data-error-summary").doesNotContain("is-invalid").contains("未开始");

        String added = body(post("/applications/" + id + "/sections/plan").param("version", "1")
                .param("draftToken", token).param("action", "add:milestones")
                .param("targets[0].indicator", "OPERATING_COST"));
        assertThat(added).doesNotContain("data-error-summary").doesNotContain("请填写阶段");

        // once worked on, the section shows what is missing
        Filing.save(applications, id, scope, SectionKey.PLAN, new SectionContent.Plan(List.of(), List.of(), "成长性"),
                applicant);
        assertThat(page("plan")).contains("data-error-summary").contains("请至少填写一个实施计划阶段。");
    }

    @Test
    void theSubmitCardLinksEveryMissingSectionWhichThenShowsItsProblems() throws Exception {
        Filing.save(applications, id, scope, SectionKey.BASIC, Filing.basic("项目"), applicant);
        Filing.save(applications, id, scope, SectionKey.OVERVIEW, Filing.narrative("概述"), applicant);
        Filing.save(applications, id, scope, SectionKey.PLAN, new SectionContent.Plan(List.of(), List.of(),
                "x".repeat(10001)), applicant);
        String overview = body(get("/applications/" + id));
        // the task list knows three states; a section with a value to correct is in progress
        assertThat(badges(overview)).containsExactly("已完成", "已完成", "未开始", "未开始", "未开始", "进行中", "未开始",
                "未开始");
        assertThat(overview).contains("disabled").contains("aria-describedby=\"submit-missing\"");
        String missing = overview.substring(overview.indexOf("id=\"submit-missing\""));
        for (String key : List.of("advancement", "implementation", "self-assessment", "plan", "scenarios",
                "attachments")) {
            assertThat(missing).contains("href=\"/applications/" + id + "/sections/" + key + "?check=true\"");
        }
        assertThat(missing.substring(0, missing.indexOf("</ul>"))).doesNotContain("/sections/basic")
                .contains(">项目实施的先进性</a>");

        String section = page("advancement?check=true");
        assertThat(section).contains("data-error-summary").contains("请填写项目实施的先进性。")
                .contains("name=\"check\" value=\"true\"");
        assertThat(page("advancement")).doesNotContain("data-error-summary");
    }

    // ---------------------------------------------------------------------------------------- helpers

    private String page(String section) throws Exception {
        return body(get("/applications/" + id + "/sections/" + section));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(session).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The messages of the error summary, in order. */
    static List<String> summary(String html) {
        int start = html.indexOf("data-error-summary");
        assertThat(start).as("an error summary").isPositive();
        String list = html.substring(start, html.indexOf("</ul>", start));
        return all(Pattern.compile("<(?:a|span)[^>]*>([^<]*)</(?:a|span)>"), list);
    }

    static List<String> errorFields(String html) {
        return all(Pattern.compile("data-error-field=\"([^\"]+)\""), html);
    }

    static List<String> badges(String html) {
        return all(Pattern.compile("id=\"state-[a-z-]+\"[^>]*>([^<]*)<"), html);
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
