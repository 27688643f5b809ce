package cn.gov.hubei.jxt.pilot.call.web;

import cn.gov.hubei.jxt.pilot.People;
import cn.gov.hubei.jxt.pilot.People.WithPerson;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.CallIntegrationTest;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDateTime;

import static cn.gov.hubei.jxt.pilot.Timestamps.sameInstant;
import static cn.gov.hubei.jxt.pilot.call.CallFixtures.aCallOpeningAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON API: who may call what, the shape of answers and errors, If-Match. */
@CallIntegrationTest
class CallApiTest {

    static final LocalDateTime OPENS = LocalDateTime.of(2034, 3, 1, 9, 0);
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired MutableClock clock;

    @BeforeEach
    void beforeTheCall() {
        clock.set(OPENS.minusDays(10));
    }

    static String body(String title) {
        return """
                {"year": 2034, "title": "%s", "notice": "通知",
                 "filingOpensAt": "2034-03-01T09:00:00+08:00", "filingClosesAt": "2034-04-30T17:00:00+08:00",
                 "recommendationDeadline": "2034-05-15T17:00:00+08:00", "recommendationQuota": 8,
                 "maxProjectsPerEnterprise": null, "elementConditionVersion": "2020"}
                """.formatted(title);
    }

    @Test
    @WithPerson(username = "officer1", roles = Role.OFFICER)
    void anOfficerCreatesADraftAndGetsItsLocationAndVersion() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/calls").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("2034年遴选 API 创建")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.statusLabel").value("草稿"))
                .andExpect(jsonPath("$.filingOpensAt").value(sameInstant("2034-03-01T09:00:00+08:00")))
                .andExpect(jsonPath("$.filingClosesAt").value(sameInstant("2034-04-30T17:00:00+08:00")))
                .andExpect(jsonPath("$.recommendationQuota").value(8))
                .andExpect(jsonPath("$.maxProjectsPerEnterprise").doesNotExist())
                .andExpect(jsonPath("$.filingOpen").value(false))
                .andReturn();
        String location = result.getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(location).endsWith("/api/v1/calls/" + id);
        assertThat(calls.find(id).orElseThrow().createdBy()).isEqualTo("officer1");
    }

    @Test
    @WithPerson(roles = Role.OFFICER)
    void brokenRulesComeBackAsProblemDetailsWithEveryField() throws Exception {
        String broken = """
                {"year": 2034, "title": "", "filingOpensAt": "2034-03-01T09:00:00+08:00",
                 "filingClosesAt": "2034-02-01T09:00:00+08:00", "recommendationDeadline": "2034-05-01T09:00:00+08:00",
                 "recommendationQuota": 0, "elementConditionVersion": "1999"}
                """;
        mvc.perform(post("/api/v1/calls").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("遴选信息有误"))
                .andExpect(jsonPath("$.detail").value("提交的遴选信息有4处问题，请按字段修改。"))
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("请填写遴选名称。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'filingClosesAt')].message")
                        .value("申报截止时间应晚于申报开始时间。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'recommendationQuota')].message")
                        .value("推荐名额应为不小于1的整数；不限名额请留空。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'elementConditionVersion')].message")
                        .value("要素条件版本“1999”不存在，可选的版本：2020。"));
    }

    @Test
    @WithPerson(roles = Role.OFFICER)
    void aTimeWithoutAnOffsetIsAnUnreadableRequest() throws Exception {
        mvc.perform(post("/api/v1/calls").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2034, \"filingOpensAt\": \"2034-03-01 09:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("请求内容无法识别"));
    }

    @Test
    @WithPerson(roles = Role.OFFICER)
    void anUpdateNeedsTheCurrentVersionInIfMatch() throws Exception {
        CallSummary draft = calls.create(aCallOpeningAt(OPENS).build(), "officer1");
        String url = "/api/v1/calls/" + draft.id();

        mvc.perform(put(url).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body("无版本号")))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.detail").value("修改遴选须在 If-Match 请求头中带上读取时的版本号（ETag）。"));

        mvc.perform(put(url).with(csrf()).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(body("2034年遴选 API 修改")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value("2034年遴选 API 修改"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(put(url).with(csrf()).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(body("过期的修改")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("版本冲突"))
                .andExpect(jsonPath("$.detail").value("该遴选已被修改（当前版本1，请求中的版本0），请重新读取后再提交。"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        assertThat(calls.find(draft.id()).orElseThrow().title()).isEqualTo("2034年遴选 API 修改");
    }

    @Test
    @WithPerson(roles = Role.OFFICER)
    void publishingTwiceIsAConflictWithThePlainMessage() throws Exception {
        CallSummary draft = calls.create(aCallOpeningAt(OPENS).build(), "officer1");
        String url = "/api/v1/calls/" + draft.id() + "/publish";

        mvc.perform(post(url).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.statusLabel").value("已发布，待开始申报"));
        mvc.perform(post(url).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("当前状态不允许该操作"))
                .andExpect(jsonPath("$.detail").value("该遴选已发布，不能再次发布。"));
    }

    @Test
    @WithPerson(roles = Role.OFFICER)
    void cancellingNeedsAReason() throws Exception {
        CallSummary draft = calls.create(aCallOpeningAt(OPENS).build(), "officer1");
        String url = "/api/v1/calls/" + draft.id() + "/cancel";

        mvc.perform(post(url).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("请填写撤销原因。"));
        mvc.perform(post(url).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"重复创建\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value("重复创建"));
    }

    @Test
    @WithPerson(roles = Role.OFFICER)
    void anUnknownCallIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/calls/987654321"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value("编号为987654321的遴选不存在。"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"APPLICANT", "RECOMMENDER", "EXPERT"})
    void otherBusinessRolesReadPublishedCallsButNeverDrafts(String role) throws Exception {
        CallSummary draft = calls.create(aCallOpeningAt(OPENS).build(), "officer1");
        CallSummary published = calls.publish(calls.create(aCallOpeningAt(OPENS).build(), "officer1").id(),
                "officer1");

        mvc.perform(get("/api/v1/calls").with(People.as("someone", Role.valueOf(role))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) published.id())))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) draft.id()))));
        mvc.perform(get("/api/v1/calls/" + published.id()).with(People.as("someone", Role.valueOf(role))))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value(published.title()));
        mvc.perform(get("/api/v1/calls/" + draft.id()).with(People.as("someone", Role.valueOf(role))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/calls/" + draft.id() + "/publish").with(csrf()).with(People.as("someone", Role.valueOf(role))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/calls").with(csrf()).with(People.as("someone", Role.valueOf(role)))
                        .contentType(MediaType.APPLICATION_JSON).content(body("无权创建")))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"})
    void administratorsSeeNoCalls(String role) throws Exception {
        CallSummary published = calls.publish(calls.create(aCallOpeningAt(OPENS).build(), "officer1").id(),
                "officer1");

        mvc.perform(get("/api/v1/calls").with(People.as("admin", Role.valueOf(role)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/calls/" + published.id()).with(People.as("admin", Role.valueOf(role))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/calls").with(csrf()).with(People.as("admin", Role.valueOf(role)))
                        .contentType(MediaType.APPLICATION_JSON).content(body("无权创建")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAnonymousCallerIsNotServed() throws Exception {
        int status = mvc.perform(get("/api/v1/calls")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401);
    }

    @Test
    @WithPerson(roles = Role.APPLICANT)
    void filingOpenFollowsTheClockAtTheMomentOfAsking() throws Exception {
        CallSummary published = calls.publish(calls.create(aCallOpeningAt(OPENS).build(), "officer1").id(),
                "officer1");
        clock.set(OPENS.plusSeconds(1));

        mvc.perform(get("/api/v1/calls/" + published.id()))
                .andExpect(jsonPath("$.status").value("FILING_OPEN"))
                .andExpect(jsonPath("$.statusLabel").value("申报中"))
                .andExpect(jsonPath("$.filingOpen").value(true));
    }
}
