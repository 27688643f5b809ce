package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.InvalidInputException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.PrecheckFacts;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationCondition;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationMessages;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRefusedException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Review;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Verdict;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pre-check of a submitted version against the conditions of §四, and the recommender's four outcomes. */
@ApplicationIntegrationTest
class PrecheckAndOutcomesTest {

    static final String WUHAN = "420100";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;
    @Autowired RecommendationMessages messages;
    @Autowired JdbcClient jdbc;

    Recommending fixture;
    CallSummary call;
    String recommender;

    @BeforeEach
    void aCallWithARecommender() {
        fixture = new Recommending(mvc, calls, enterprises, users, clock, applications, service);
        call = fixture.call(2);
        recommender = fixture.recommender(WUHAN);
    }

    @Test
    void thePrecheckShowsTheFactsOfTheSubmittedVersionOnEachCondition() throws Exception {
        Recommending.Submitted app = fixture.submitted(call, WUHAN, "智能工厂预审项目");
        Review review = service.review(app.id(), ApplicationScope.division(WUHAN));
        PrecheckFacts facts = review.facts();
        assertThat(facts.registration().creditCode()).isEqualTo(app.enterprise().creditCode());
        assertThat(facts.registration().codeValid()).isTrue();
        assertThat(facts.registration().inHubei()).isTrue();
        assertThat(facts.registration().codeDivisionName()).isEqualTo("武汉市");
        assertThat(facts.registration().codeMessage()).isEqualTo("统一社会信用代码有效，登记机关所在地为武汉市。");
        assertThat(facts.registration().enterpriseDivisionName()).isEqualTo("武汉市");
        assertThat(facts.operation().totalAssets()).isEqualByComparingTo("12345.67");
        assertThat(facts.operation().debtRatio()).isEqualByComparingTo("45.5");
        assertThat(facts.credit().source().name()).isEqualTo("CREDIT_CHINA");
        assertThat(facts.credit().checkedOn()).isEqualTo("2031-03-01");
        assertThat(facts.credit().fileName()).isEqualTo("信用.pdf");
        assertThat(facts.technology().patentCount()).isEqualTo(1);
        assertThat(facts.equipment().total()).isEqualTo(1);
        assertThat(facts.equipment().count(cn.gov.hubei.jxt.pilot.application.EquipmentOrigin.DOMESTIC_HUBEI))
                .isEqualTo(1);
        assertThat(facts.elementConditions().items()).hasSize(7);
        assertThat(facts.elementConditions().metCount()).isEqualTo(7);
        assertThat(facts.elementConditions().flagged()).isEmpty();
        assertThat(facts.replicability().scenarioNames()).containsExactly("物料输送自动化");
        assertThat(facts.results().indicators()).extracting(PrecheckFacts.IndicatorChange::improvementPercent)
                .containsExactly(new BigDecimal("20.0"), new BigDecimal("25.0"), new BigDecimal("25.0"),
                        new BigDecimal("25.0"), new BigDecimal("10.0"));

        Cookie session = fixture.login(recommender);
        mvc.perform(get("/recommendation/applications/" + app.id()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("推荐条件预审（第1版）")))
                .andExpect(content().string(containsString("（3）信用状况良好（“信用中国”或国家企业信用信息公示系统）")))
                .andExpect(content().string(containsString("国产（省内）：1项")))
                .andExpect(content().string(containsString("典型应用场景1个：")))
                .andExpect(content().string(containsString("/applications/" + app.id() + "/files/")))
                .andExpect(content().string(containsString("未预审")));
    }

    @Test
    void theVerdictsAreSavedPerVersionAndAuditedAndEachNotMetOrToVerifyNeedsANote() throws Exception {
        Recommending.Submitted app = fixture.submitted(call, WUHAN, "预审保存项目");
        Cookie session = fixture.login(recommender);
        // page: a verdict missing and a 不符合 without a note are shown beside their fields
        var missing = post("/recommendation/applications/" + app.id() + "/precheck").cookie(session).with(csrf());
        for (int i = 0; i < 7; i++) {
            missing.param("items[" + i + "].verdict", i == 1 ? "NOT_MET" : "MET");
        }
        mvc.perform(missing).andExpect(status().isOk())
                .andExpect(content().string(containsString("“运营和财务状况良好”的结论为“不符合”，请写明说明。")))
                .andExpect(content().string(containsString("请选择“五个方面（预期）成效显著”的预审结论。")));
        assertThat(service.review(app.id(), ApplicationScope.division(WUHAN)).items()).isEmpty();

        var complete = post("/recommendation/applications/" + app.id() + "/precheck").cookie(session).with(csrf());
        for (int i = 0; i < 8; i++) {
            complete.param("items[" + i + "].verdict", i == 2 ? "TO_VERIFY" : "MET");
        }
        complete.param("items[2].note", "信用查询截图日期较早，待现场核实。");
        mvc.perform(complete).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "预审结果已保存。"));

        Review review = service.review(app.id(), ApplicationScope.division(WUHAN));
        assertThat(review.items()).hasSize(8);
        assertThat(review.items().get(RecommendationCondition.GOOD_CREDIT).verdict()).isEqualTo(Verdict.TO_VERIFY);
        assertThat(review.items().get(RecommendationCondition.GOOD_CREDIT).note()).isEqualTo("信用查询截图日期较早，待现场核实。");
        assertThat(review.items().get(RecommendationCondition.GOOD_CREDIT).checkedBy()).isEqualTo(recommender);
        var entry = new AuditEntries(jdbc).withAction("recommendation.prechecked", "application", app.id());
        assertThat(entry).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(recommender);
            assertThat(e.details().get("versionNo")).isEqualTo(1);
            assertThat(e.details().get("verdicts")).isEqualTo(Map.of("1", "MET", "2", "MET", "3", "TO_VERIFY",
                    "4", "MET", "5", "MET", "6", "MET", "7", "MET", "8", "MET"));
            assertThat(e.details().get("notMet")).isEqualTo(List.of());
        });
    }

    @Test
    void recommendingNeedsACompletePrecheckOfTheCurrentVersionWithoutANotMet() throws Exception {
        Recommending.Submitted app = fixture.submitted(call, WUHAN, "推荐前提项目");
        assertThatThrownBy(() -> service.recommend(app.id(), WUHAN, recommender))
                .isInstanceOfSatisfying(RecommendationRefusedException.class, e -> assertThat(messages.chinese(e))
                        .isEqualTo("请先完成第1版申报书全部8项推荐条件的预审，再作推荐。"));
        service.savePrecheck(app.id(), WUHAN, Recommending.verdicts(5, 0), recommender);
        assertThatThrownBy(() -> service.recommend(app.id(), WUHAN, recommender))
                .isInstanceOfSatisfying(RecommendationRefusedException.class, e -> assertThat(messages.chinese(e))
                        .isEqualTo("第1版申报书的预审中第5项推荐条件为“不符合”，不能推荐。"));
        service.savePrecheck(app.id(), WUHAN, Recommending.verdicts(0, 5), recommender);
        service.recommend(app.id(), WUHAN, recommender);

        assertThat(applications.find(app.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.RECOMMENDED);
        assertThat(service.rankOf(app.id())).hasValue(1);
        assertThat(new AuditEntries(jdbc).withAction("application.recommend", "application", app.id()))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(recommender));
        assertThat(new AuditEntries(jdbc).withAction("recommendation.entry-added", "recommendation_list",
                call.id() + "/" + WUHAN)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("applicationId", (int) app.id())
                        .containsEntry("rank", 1));
        // a decided application's verdicts are settled with the decision
        assertThatThrownBy(() -> service.savePrecheck(app.id(), WUHAN, Recommending.allMet(), recommender))
                .isInstanceOfSatisfying(RecommendationRefusedException.class, e -> assertThat(messages.chinese(e))
                        .isEqualTo("申报书状态为“已推荐”，预审结果已随决定确定，不能修改；如需修改，请先撤销决定。"));
    }

    @Test
    void theQuotaOfTheCallCapsTheRecommendations() throws Exception {
        var first = fixture.plain(call, WUHAN, "名额内项目一");
        var second = fixture.plain(call, WUHAN, "名额内项目二");
        var third = fixture.plain(call, WUHAN, "超出名额项目");
        fixture.recommend(first.applicationId(), WUHAN, recommender);
        fixture.recommend(second.applicationId(), WUHAN, recommender);
        service.savePrecheck(third.applicationId(), WUHAN, Recommending.allMet(), recommender);

        Cookie session = fixture.login(recommender);
        mvc.perform(post("/recommendation/applications/" + third.applicationId() + "/recommend").cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/recommendation/applications/" + third.applicationId()))
                .andExpect(flash().attribute("error", "本批次推荐名额为2项，已推荐2项。"));
        assertThat(applications.find(third.applicationId(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(service.rankOf(third.applicationId())).isEmpty();
    }

    @Test
    void reconsideringARecommendationRemovesItAndClosesTheGap() {
        var a = fixture.plain(call, WUHAN, "撤销甲");
        var b = fixture.plain(call, WUHAN, "撤销乙");
        CallSummary open = fixture.call(null);
        var c = fixture.plain(open, WUHAN, "其他批次");
        fixture.recommend(a.applicationId(), WUHAN, recommender);
        fixture.recommend(b.applicationId(), WUHAN, recommender);
        fixture.recommend(c.applicationId(), WUHAN, recommender);
        assertThat(service.rankOf(b.applicationId())).hasValue(2);
        assertThatThrownBy(() -> service.reconsider(a.applicationId(), WUHAN, " ", recommender))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(cn.gov.hubei.jxt.pilot.shared.FieldProblem::code).containsExactly("recommendation.reason-missing"));

        service.reconsider(a.applicationId(), WUHAN, "需补充现场核实材料后再议。", recommender);

        assertThat(applications.find(a.applicationId(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(service.rankOf(a.applicationId())).isEmpty();
        assertThat(service.rankOf(b.applicationId())).hasValue(1);
        assertThat(service.rankOf(c.applicationId())).hasValue(1);
        assertThat(new AuditEntries(jdbc).withAction("recommendation.entry-removed", "recommendation_list",
                call.id() + "/" + WUHAN)).singleElement().satisfies(e -> {
            assertThat(e.details()).containsEntry("reason", "需补充现场核实材料后再议。")
                    .containsEntry("rank", 1);
            assertThat(e.details().get("before")).isEqualTo(List.of((int) a.applicationId(), (int) b.applicationId()));
            assertThat(e.details().get("after")).isEqualTo(List.of((int) b.applicationId()));
        });
    }

    @Test
    void declineNeedsAReasonAndCanBeTakenBack() throws Exception {
        var app = fixture.plain(call, WUHAN, "不予推荐项目");
        Cookie session = fixture.login(recommender);
        mvc.perform(post("/recommendation/applications/" + app.applicationId() + "/decline").cookie(session)
                        .with(csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写原因。")))
                // the summary leads to this form's field, and the message stands beside it
                .andExpect(content().string(containsString("<a href=\"#decline-reason\">请填写原因。</a>")))
                .andExpect(content().string(containsString("id=\"decline-reason-error\"")));
        mvc.perform(post("/recommendation/applications/" + app.applicationId() + "/decline").cookie(session)
                        .with(csrf()).param("reason", "项目尚处于规划阶段，实施进展不足。"))
                .andExpect(flash().attribute("success", "已决定不予推荐。"));
        assertThat(applications.find(app.applicationId(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.NOT_RECOMMENDED);
        assertThat(new AuditEntries(jdbc).withAction("application.decline", "application", app.applicationId()))
                .singleElement().satisfies(e -> assertThat(e.details())
                        .containsEntry("reason", "项目尚处于规划阶段，实施进展不足。"));
        mvc.perform(post("/recommendation/applications/" + app.applicationId() + "/reconsider").cookie(session)
                        .with(csrf()).param("reason", "企业补充说明了实施进展。"))
                .andExpect(flash().attribute("success", "已撤销决定，申报书回到“已提交”状态。"));
        assertThat(applications.find(app.applicationId(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aReturnIsOptionalInItsDeadlineWhileFilingIsOpenAndNeedsOneAfterwards() throws Exception {
        var open = fixture.plain(call, WUHAN, "申报期内退回");
        service.returnForRevision(open.applicationId(), WUHAN, "请补充第三部分的网络架构图。", null, recommender);
        assertThat(applications.find(open.applicationId(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.RETURNED);

        var late = fixture.plain(call, WUHAN, "申报截止后退回");
        clock.set(Recommending.FILING_CLOSES.plusDays(1));
        Cookie session = fixture.login(recommender);
        mvc.perform(post("/recommendation/applications/" + late.applicationId() + "/return").cookie(session)
                        .with(csrf()).param("reason", "请补充设备清单。").param("deadline", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("申报已截止，退回修改须填写重新提交期限。")));
        mvc.perform(post("/recommendation/applications/" + late.applicationId() + "/return").cookie(session)
                        .with(csrf()).param("reason", "请补充设备清单。").param("deadline", "2031-06-01T17:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("重新提交期限不能晚于推荐截止时间（2031-05-23 10:00）。")));
        mvc.perform(post("/recommendation/applications/" + late.applicationId() + "/return").cookie(session)
                        .with(csrf()).param("reason", "请补充设备清单。").param("deadline", "2031-05-15T17:00"))
                .andExpect(flash().attribute("success", "已退回企业修改。"));
        var returned = applications.find(late.applicationId(), ApplicationScope.ALL).orElseThrow();
        assertThat(returned.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(returned.returnDeadline()).isEqualTo(Instant.parse("2031-05-15T09:00:00Z"));
        assertThat(new AuditEntries(jdbc).withAction("application.return", "application", late.applicationId()))
                .singleElement().satisfies(e -> assertThat(e.details())
                        .containsEntry("reason", "请补充设备清单。")
                        .containsEntry("deadline", "2031-05-15T09:00:00Z"));
    }

    @Test
    void everyRecommenderActionIsRefusedAfterTheDeadline() throws Exception {
        var app = fixture.plain(call, WUHAN, "截止后项目");
        clock.set(Recommending.DEADLINE.plusMinutes(1));
        String refusal = "推荐截止时间（2031-05-23 10:00）已过，不能再修改推荐名单。";
        assertThatThrownBy(() -> service.savePrecheck(app.applicationId(), WUHAN, Recommending.allMet(), recommender))
                .isInstanceOfSatisfying(RecommendationRefusedException.class,
                        e -> assertThat(messages.chinese(e)).isEqualTo(refusal));
        assertThatThrownBy(() -> service.decline(app.applicationId(), WUHAN, "理由", recommender))
                .isInstanceOfSatisfying(RecommendationRefusedException.class,
                        e -> assertThat(messages.chinese(e)).isEqualTo(refusal));
        Cookie session = fixture.login(recommender);
        mvc.perform(post("/recommendation/applications/" + app.applicationId() + "/recommend").cookie(session)
                        .with(csrf()))
                .andExpect(flash().attribute("error", refusal));
        mvc.perform(get("/recommendation/applications/" + app.applicationId()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(refusal)))
                .andExpect(content().string(containsString("当前不能对该申报书作出推荐决定。")));
        assertThat(applications.find(app.applicationId(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void anApplicationNotInTheStatusForAnOutcomeIsRefusedByTheTransitionTable() {
        var app = fixture.plain(call, WUHAN, "状态不符项目");
        service.decline(app.applicationId(), WUHAN, "不符合推荐条件。", recommender);
        assertThatThrownBy(() -> service.decline(app.applicationId(), WUHAN, "再次", recommender))
                .isInstanceOfSatisfying(ApplicationActionRefusedException.class, e -> assertThat(messages.chinese(e))
                        .isEqualTo("申报书状态为“不予推荐”，不能不予推荐。"));
    }
}
