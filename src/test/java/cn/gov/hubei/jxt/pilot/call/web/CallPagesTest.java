package cn.gov.hubei.jxt.pilot.call.web;

import cn.gov.hubei.jxt.pilot.People;
import cn.gov.hubei.jxt.pilot.People.WithPerson;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.CallIntegrationTest;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static cn.gov.hubei.jxt.pilot.call.CallFixtures.aCallOpeningAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The officer's pages: list, forms with errors beside fields, detail with the allowed actions, history. */
@CallIntegrationTest
class CallPagesTest {

    static final LocalDateTime OPENS = LocalDateTime.of(2035, 3, 1, 9, 0);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired MutableClock clock;

    @BeforeEach
    void beforeTheCall() {
        clock.set(OPENS.minusDays(10));
    }

    @Test
    @WithPerson(username = "officer1", roles = Role.OFFICER)
    void theListShowsYearTitleWindowDeadlineQuotaAndStatus() throws Exception {
        CallSummary call = calls.create(aCallOpeningAt(OPENS).title("2035年列表页遴选").quota(null).build(), "officer1");

        mvc.perform(get("/calls"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2035年列表页遴选")))
                .andExpect(content().string(containsString("href=\"/calls/" + call.id() + "\"")))
                .andExpect(content().string(containsString("2035-03-01 09:00")))
                .andExpect(content().string(containsString("2035-04-30 09:00")))
                .andExpect(content().string(containsString("2035-05-15 09:00")))
                .andExpect(content().string(containsString("不限")))
                .andExpect(content().string(containsString("<span class=\"badge text-bg-secondary\">草稿</span>")));
    }

    @Test
    @WithPerson(username = "officer1", roles = Role.OFFICER)
    void anOfficerCreatesACallThroughTheFormInBeijingTime() throws Exception {
        mvc.perform(get("/calls/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("type=\"datetime-local\"")))
                .andExpect(content().string(containsString("<option value=\"2020\" selected=\"selected\">2020年版</option>")));

        MvcResult result = mvc.perform(post("/calls/new").with(csrf())
                        .param("year", "2035").param("title", "2035年表单创建的遴选")
                        .param("filingOpensAt", "2035-03-01T09:00").param("filingClosesAt", "2035-04-30T17:00")
                        .param("recommendationDeadline", "2035-05-15T17:00").param("recommendationQuota", "6")
                        .param("maxProjectsPerEnterprise", "").param("elementConditionVersion", "2020")
                        .param("notice", "第一段\n第二段"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/calls/*"))
                .andExpect(flash().attribute("success", "遴选已保存为草稿。"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        CallSummary created = calls.find(Long.parseLong(location.substring("/calls/".length()))).orElseThrow();
        assertThat(created.filingOpensAt()).isEqualTo(LocalDateTime.of(2035, 3, 1, 9, 0).atZone(SHANGHAI).toInstant());
        assertThat(created.recommendationQuota()).isEqualTo(6);
        assertThat(created.maxProjectsPerEnterprise()).isNull();
        assertThat(created.createdBy()).isEqualTo("officer1");

        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"mb-2\">第一段</p>")))
                .andExpect(content().string(containsString("/calls/" + created.id() + "/publish")))
                .andExpect(content().string(containsString("/calls/" + created.id() + "/cancel")))
                .andExpect(content().string(containsString("/calls/" + created.id() + "/edit")));
    }

    @Test
    @WithPerson(roles = Role.OFFICER)
    void missingInputIsShownBesideEachFieldAndInTheSummary() throws Exception {
        mvc.perform(post("/calls/new").with(csrf()).param("year", "").param("title", " ")
                        .param("filingOpensAt", "").param("filingClosesAt", "2035-04-30T17:00")
                        .param("recommendationDeadline", "2035-05-15T17:00").param("elementConditionVersion", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-error-summary")))
                .andExpect(content().string(containsString("<a href=\"#title\">请填写遴选名称。</a>")))
                .andExpect(content().string(containsString("id=\"year-error\">请填写遴选年度。</div>")))
                .andExpect(content().string(containsString("id=\"title-error\">请填写遴选名称。</div>")))
                .andExpect(content().string(containsString("id=\"filingOpensAt-error\">请填写申报开始时间。</div>")))
                .andExpect(content().string(containsString("id=\"elementConditionVersion-error\">请选择要素条件版本。</div>")))
                .andExpect(content().string(containsString("class=\"form-control is-invalid\"")));
    }

    @Test
    @WithPerson(roles = Role.OFFICER)
    void aTimeThatIsNotATimeIsNamedBesideItsField() throws Exception {
        mvc.perform(post("/calls/new").with(csrf()).param("year", "2035").param("title", "格式错误")
                        .param("filingOpensAt", "2035-03-01T09:00").param("filingClosesAt", "2035-04-30T17:00")
                        .param("recommendationDeadline", "not a time").param("elementConditionVersion", "2020"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"recommendationDeadline-error\">推荐截止时间格式不对，请按“年-月-日 时:分”填写。</div>")));
    }

    @Test
    @WithPerson(roles = Role.OFFICER)
    void theCallsRulesAreShownBesideTheirFields() throws Exception {
        mvc.perform(post("/calls/new").with(csrf()).param("year", "2036").param("title", "规则错误的遴选")
                        .param("filingOpensAt", "2035-03-01T09:00").param("filingClosesAt", "2035-02-01T09:00")
                        .param("recommendationDeadline", "2035-05-15T17:00").param("recommendationQuota", "0")
                        .param("elementConditionVersion", "2020"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"year-error\">遴选年度（2036年）与申报开始时间所在年份（2035年）不一致。</div>")))
                .andExpect(content().string(containsString("id=\"filingClosesAt-error\">申报截止时间应晚于申报开始时间。</div>")))
                .andExpect(content().string(containsString("id=\"recommendationQuota-error\">推荐名额应为不小于1的整数；不限名额请留空。</div>")));
    }

    @Test
    @WithPerson(username = "officer1", roles = Role.OFFICER)
    void publishingFromTheDetailPageShowsTheNewStatusAndHistory() throws Exception {
        CallSummary call = calls.create(aCallOpeningAt(OPENS).build(), "officer1");

        mvc.perform(post("/calls/" + call.id() + "/publish").with(csrf()))
                .andExpect(redirectedUrl("/calls/" + call.id()))
                .andExpect(flash().attribute("success", "遴选已发布。"));
        mvc.perform(post("/calls/" + call.id() + "/publish").with(csrf()))
                .andExpect(redirectedUrl("/calls/" + call.id()))
                .andExpect(flash().attribute("error", "该遴选已发布，不能再次发布。"));

        mvc.perform(get("/calls/" + call.id()))
                .andExpect(content().string(containsString("已发布，待开始申报")))
                .andExpect(content().string(containsString("草稿 → 已发布，待开始申报")))
                .andExpect(content().string(not(containsString("/calls/" + call.id() + "/publish"))))
                .andExpect(content().string(containsString("/calls/" + call.id() + "/cancel")));
    }

    @Test
    @WithPerson(username = "officer1", roles = Role.OFFICER)
    void publishingACallWhoseWindowIsOpenSaysFilingHasStarted() throws Exception {
        CallSummary call = calls.create(aCallOpeningAt(OPENS).build(), "officer1");
        clock.set(OPENS.plusHours(1));

        mvc.perform(post("/calls/" + call.id() + "/publish").with(csrf()))
                .andExpect(flash().attribute("success", "遴选已发布；申报开始时间已到，现已开始申报。"));
        assertThat(calls.find(call.id()).orElseThrow().status()).isEqualTo(CallStatus.FILING_OPEN);
        mvc.perform(get("/calls/" + call.id()))
                .andExpect(content().string(containsString("系统（按时自动）")))
                .andExpect(content().string(not(containsString("/calls/" + call.id() + "/cancel"))));
    }

    @Test
    @WithPerson(username = "officer1", roles = Role.OFFICER)
    void cancellingWithoutAReasonShowsTheErrorBesideTheReason() throws Exception {
        CallSummary call = calls.create(aCallOpeningAt(OPENS).build(), "officer1");

        mvc.perform(post("/calls/" + call.id() + "/cancel").with(csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\">请填写撤销原因。</div>")));
        mvc.perform(post("/calls/" + call.id() + "/cancel").with(csrf()).param("reason", "年度计划调整"))
                .andExpect(redirectedUrl("/calls/" + call.id()))
                .andExpect(flash().attribute("success", "遴选已撤销。"));
        mvc.perform(get("/calls/" + call.id()))
                .andExpect(content().string(containsString("年度计划调整")))
                .andExpect(content().string(containsString("当前状态下没有可执行的操作。")));
    }

    @Test
    @WithPerson(username = "officer1", roles = Role.OFFICER)
    void whileFilingIsOpenTheEditFormLocksTheTermsThatMayNotChange() throws Exception {
        CallSummary call = calls.publish(calls.create(aCallOpeningAt(OPENS).build(), "officer1").id(), "officer1");
        clock.set(OPENS.plusDays(1));
        CallSummary open = calls.find(call.id()).orElseThrow();

        mvc.perform(get("/calls/" + call.id() + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("申报已开始：只能修改申报截止时间、推荐截止时间、推荐名额和通知正文")))
                .andExpect(content().string(containsString("readonly=\"readonly\" id=\"title\" name=\"title\" value=\"" + open.title() + "\"")));

        // A tampered title is ignored: only the allowed terms are taken from the form.
        mvc.perform(post("/calls/" + call.id() + "/edit").with(csrf())
                        .param("version", String.valueOf(open.version()))
                        .param("year", "2035").param("title", "篡改的名称")
                        .param("filingOpensAt", "2035-03-01T09:00").param("filingClosesAt", "2035-05-10T17:00")
                        .param("recommendationDeadline", "2035-05-20T17:00").param("recommendationQuota", "10")
                        .param("maxProjectsPerEnterprise", "2").param("elementConditionVersion", "2020")
                        .param("notice", "延长申报时间的通知"))
                .andExpect(redirectedUrl("/calls/" + call.id()))
                .andExpect(flash().attribute("success", "遴选已保存。"));
        CallSummary extended = calls.find(call.id()).orElseThrow();
        assertThat(extended.title()).isEqualTo(open.title());
        assertThat(extended.filingClosesAt()).isEqualTo(LocalDateTime.of(2035, 5, 10, 17, 0).atZone(SHANGHAI).toInstant());
        assertThat(extended.notice()).isEqualTo("延长申报时间的通知");
    }

    @Test
    @WithPerson(username = "officer1", roles = Role.OFFICER)
    void anEditOfAStaleFormIsRefusedWithAConflictMessage() throws Exception {
        CallSummary call = calls.create(aCallOpeningAt(OPENS).build(), "officer1");
        calls.update(call.id(), call.version(),
                cn.gov.hubei.jxt.pilot.call.CallChanges.of(call).withTitle("他人先改 " + call.id()), "officer2");

        mvc.perform(post("/calls/" + call.id() + "/edit").with(csrf())
                        .param("version", String.valueOf(call.version()))
                        .param("year", "2035").param("title", "我的修改")
                        .param("filingOpensAt", "2035-03-01T09:00").param("filingClosesAt", "2035-04-30T17:00")
                        .param("recommendationDeadline", "2035-05-15T17:00").param("elementConditionVersion", "2020"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该遴选在您打开后已被修改（或已按时间进入下一阶段），请重新打开后再修改。")));
        assertThat(calls.find(call.id()).orElseThrow().title()).isEqualTo("他人先改 " + call.id());
    }

    @Test
    @WithPerson(roles = Role.OFFICER)
    void aClosedCallCannotBeOpenedForEditing() throws Exception {
        CallSummary call = calls.publish(calls.create(aCallOpeningAt(OPENS).build(), "officer1").id(), "officer1");
        clock.set(OPENS.plusDays(61));

        mvc.perform(get("/calls/" + call.id() + "/edit"))
                .andExpect(redirectedUrl("/calls/" + call.id()))
                .andExpect(flash().attribute("error", "该遴选当前为“申报已截止，推荐中”，不能修改。"));
    }

    @Test
    @WithPerson(roles = Role.OFFICER)
    void anUnknownCallIsNotFound() throws Exception {
        mvc.perform(get("/calls/987654321")).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"APPLICANT", "RECOMMENDER", "EXPERT", "SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"})
    void onlyOfficersReachThePages(String role) throws Exception {
        CallSummary call = calls.create(aCallOpeningAt(OPENS).build(), "officer1");

        mvc.perform(get("/calls").with(People.as("someone", Role.valueOf(role)))).andExpect(status().isForbidden());
        mvc.perform(get("/calls/new").with(People.as("someone", Role.valueOf(role)))).andExpect(status().isForbidden());
        mvc.perform(get("/calls/" + call.id()).with(People.as("someone", Role.valueOf(role)))).andExpect(status().isForbidden());
        mvc.perform(post("/calls/" + call.id() + "/publish").with(csrf()).with(People.as("someone", Role.valueOf(role))))
                .andExpect(status().isForbidden());
        assertThat(calls.find(call.id()).orElseThrow().status()).isEqualTo(CallStatus.DRAFT);
    }
}
