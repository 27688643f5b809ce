package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.Filed;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static cn.gov.hubei.jxt.pilot.Timestamps.sameInstant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The intake's JSON API: queue, reviews, decisions with the same rules as the pages, errors as problem+json. */
@ApplicationIntegrationTest
class IntakeApiTest {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;

    IntakeFixtures world;
    CallSummary call;
    String officer;
    Cookie session;

    @BeforeEach
    void anOfficerAndACall() throws Exception {
        world = new IntakeFixtures(mvc, calls, enterprises, users, clock, applications, recommendations);
        call = world.openCall();
        officer = world.officer();
        session = world.login(officer);
    }

    @Test
    void theQueueListsTheCallsApplicationsWithTheProvinceWithCounts() throws Exception {
        Filed waiting = world.recommended(call.id(), "420500", "流程型智能工厂建设");
        world.submitted(call.id(), "420100", "尚在推荐单位的项目");

        mvc.perform(get("/api/v1/intake/calls/" + call.id() + "/queue").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.callId").value(call.id()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.awaiting").value(1))
                .andExpect(jsonPath("$.statuses.length()").value(5))
                .andExpect(jsonPath("$.statuses[0].status").value("RECOMMENDED"))
                .andExpect(jsonPath("$.statuses[0].label").value("已推荐"))
                .andExpect(jsonPath("$.statuses[0].count").value(1))
                .andExpect(jsonPath("$.divisions.length()").value(17))
                .andExpect(jsonPath("$.divisions[3].code").value("420500"))
                .andExpect(jsonPath("$.divisions[3].count").value(1))
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].applicationId").value(waiting.id()))
                .andExpect(jsonPath("$.entries[0].divisionName").value("宜昌市"))
                .andExpect(jsonPath("$.entries[0].awaitingReview").value(true))
                .andExpect(jsonPath("$.entries[0].reReview").value(false))
                .andExpect(jsonPath("$.entries[0].since").value(sameInstant("2026-04-28T02:00:00Z")));
        mvc.perform(get("/api/v1/intake/calls/" + call.id() + "/queue").param("status", "FORMAL_PASSED")
                        .cookie(session))
                .andExpect(jsonPath("$.entries.length()").value(0))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/intake/calls/" + Long.MAX_VALUE + "/queue").cookie(session))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value("没有编号为" + Long.MAX_VALUE + "的遴选批次。"));
    }

    @Test
    void aDecisionIsCreatedAndListedWithTheApplicationsReviews() throws Exception {
        Filed filed = world.recommended(call.id(), "420100", "离散型智能工厂改造");
        mvc.perform(get("/api/v1/intake/applications/" + filed.id() + "/reviews").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECOMMENDED"))
                .andExpect(jsonPath("$.lastVersionNo").value(1))
                .andExpect(jsonPath("$.awaitingReview").value(true))
                .andExpect(jsonPath("$.defaultCorrectionDueDate").value("2026-05-08"))
                .andExpect(jsonPath("$.reviews.length()").value(0));

        mvc.perform(post("/api/v1/intake/applications/" + filed.id() + "/decisions").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"REQUEST_CORRECTION","reasons":["OTHER","INELIGIBLE"],
                                 "text":"请说明项目实施地点是否在湖北省内。","deadline":"2026-05-08",
                                 "reviewedVersionNo":1,"reviewedStatus":"RECOMMENDED"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location",
                        "http://localhost/api/v1/intake/applications/" + filed.id() + "/reviews"))
                .andExpect(jsonPath("$.outcome").value("REQUEST_CORRECTION"))
                .andExpect(jsonPath("$.outcomeLabel").value("要求补正"))
                .andExpect(jsonPath("$.reasons[0].code").value("INELIGIBLE"))
                .andExpect(jsonPath("$.reasons[0].label").value("不符合申报条件"))
                .andExpect(jsonPath("$.reasons[1].code").value("OTHER"))
                .andExpect(jsonPath("$.deadline").value(sameInstant("2026-05-08T15:59:59Z")))
                .andExpect(jsonPath("$.officer").value(officer))
                .andExpect(jsonPath("$.reason").value("【不符合申报条件、其他】请说明项目实施地点是否在湖北省内。"));

        mvc.perform(get("/api/v1/intake/applications/" + filed.id() + "/reviews").cookie(session))
                .andExpect(jsonPath("$.status").value("CORRECTION_REQUESTED"))
                .andExpect(jsonPath("$.awaitingReview").value(false))
                .andExpect(jsonPath("$.correctionDeadline").value(sameInstant("2026-05-08T15:59:59Z")))
                .andExpect(jsonPath("$.reviews.length()").value(1))
                .andExpect(jsonPath("$.reviews[0].versionNo").value(1));
    }

    @Test
    void brokenRulesAnswer422WithChineseMessagesPerField() throws Exception {
        Filed filed = world.recommended(call.id(), "420100", "离散型智能工厂改造");
        mvc.perform(post("/api/v1/intake/applications/" + filed.id() + "/decisions").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"REQUEST_CORRECTION","reasons":["LATE"],"deadline":"08/05/2026",
                                 "reviewedVersionNo":1,"reviewedStatus":"RECOMMENDED"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(content().json("""
                        {"status":422,"title":"审查结论有误","detail":"审查结论有3处问题，请修改后重新提交。",
                         "instance":"/api/v1/intake/applications/%d/decisions",
                         "errors":[
                           {"field":"deadline","message":"补正期限不是有效的日期，请按“年-月-日”填写，如 2026-05-08。"},
                           {"field":"reasons","message":"未知的问题类型：LATE。"},
                           {"field":"text","message":"请写明需要企业补正的内容。"}]}""".formatted(filed.id()), true));
        mvc.perform(post("/api/v1/intake/applications/" + filed.id() + "/decisions").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"APPROVE","reviewedVersionNo":1,"reviewedStatus":"RECOMMENDED"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("未知的审查结论“APPROVE”，应为 PASS、REQUEST_CORRECTION 或 FAIL。"));
        mvc.perform(post("/api/v1/intake/applications/" + filed.id() + "/decisions").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"PASS","deadline":"2026-05-08"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "reviewedVersionNo", "reviewedStatus", "deadline")));
        mvc.perform(post("/api/v1/intake/applications/" + filed.id() + "/decisions").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reasons\":\"INCOMPLETE\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求内容不是有效的 JSON，或字段类型不符。"));

        assertThat(reviews.reviewsOf(filed.id())).isEmpty();
        assertThat(applications.find(filed.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.RECOMMENDED);
    }

    @Test
    void aRepeatedDecisionAnswers409WithWhatIsOnRecord() throws Exception {
        Filed filed = world.recommended(call.id(), "420100", "离散型智能工厂改造");
        String body = """
                {"outcome":"FAIL","reasons":["DUPLICATE"],"reviewedVersionNo":1,"reviewedStatus":"RECOMMENDED"}""";
        mvc.perform(post("/api/v1/intake/applications/" + filed.id() + "/decisions").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/intake/applications/" + filed.id() + "/decisions").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("申报书已变化"))
                .andExpect(jsonPath("$.detail")
                        .value("申报书当前为“形式审查未通过”（第1版），与您审查时不同，本次提交未记录。请查看最新情况后再审查。"))
                .andExpect(jsonPath("$.currentStatus").value("FORMAL_FAILED"))
                .andExpect(jsonPath("$.latestReview.outcome").value("FAIL"))
                .andExpect(jsonPath("$.latestReview.reason").value("【重复申报】"));
        assertThat(reviews.reviewsOf(filed.id())).hasSize(1);

        mvc.perform(post("/api/v1/intake/applications/" + filed.id() + "/decisions").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"PASS","reviewedVersionNo":1,"reviewedStatus":"FORMAL_FAILED"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("申报书状态为“形式审查未通过”，不在待审查状态，不能作出形式审查结论。"));
    }

    @Test
    void anApplicationNotWithTheProvinceIsNotFound() throws Exception {
        Filed submitted = world.submitted(call.id(), "420100", "尚在推荐单位的项目");
        mvc.perform(get("/api/v1/intake/applications/" + submitted.id() + "/reviews").cookie(session))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value("没有编号为" + submitted.id() + "的已推荐至省的申报书。"));
        mvc.perform(post("/api/v1/intake/applications/" + submitted.id() + "/decisions").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"PASS","reviewedVersionNo":1,"reviewedStatus":"SUBMITTED"}"""))
                .andExpect(status().isNotFound());
        assertThat(applications.find(submitted.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void theOpenApiDocumentDescribesTheIntake() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/intake/calls/{callId}/queue'].get.summary")
                        .value("A call's intake queue"))
                .andExpect(jsonPath("$.paths['/api/v1/intake/applications/{id}/decisions'].post.responses['422']")
                        .exists());
    }
}
