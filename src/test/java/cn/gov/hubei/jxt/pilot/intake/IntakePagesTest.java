package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.Filed;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake pages with real logins: the queue, the review page, the decision form with its errors and its guard,
 * and the whole correction loop — officer requests a correction, the enterprise reads it on its overview, corrects
 * and resubmits through its own pages, the officer re-reviews.
 */
@ApplicationIntegrationTest
class IntakePagesTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired JdbcClient jdbc;

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
    void theQueueMarksWhatAwaitsReviewCountsPerStatusAndDivisionAndShowsDeadlines() throws Exception {
        Filed waiting = world.recommended(call.id(), "420100", "离散型智能工厂改造");
        Filed corrected = world.recommended(call.id(), "420500", "流程型智能工厂建设");
        reviews.decide(IntakeFixtures.correction(waiting.id(), 1, ApplicationStatus.RECOMMENDED, "补充审计报告",
                IntakeFixtures.DEFAULT_DUE_DATE, "INCOMPLETE"), IntakeFixtures.officer(officer));
        clock.advance(Duration.ofHours(1));
        Filed fresh = world.recommended(call.id(), "420100", "数字化车间建设项目");

        String page = page("/intake?call=" + call.id());
        assertThat(page).contains("共3份申报书已推荐至省，其中2份待审查。", "武汉市（2）", "宜昌市（1）", "神农架林区（0）",
                "data-count=\"AWAITING\">2<", "data-count=\"CORRECTION_REQUESTED\">1<",
                "data-count=\"FORMAL_PASSED\">0<", "2026-05-08 23:59");
        assertThat(rowsOf(page)).containsExactly(corrected.id(), fresh.id(), waiting.id());
        assertThat(page).contains(">待审查<").doesNotContain("data-overdue");

        clock.set(LocalDateTime.of(2026, 5, 9, 8, 0));
        assertThat(page("/intake?call=" + call.id())).contains("data-overdue", ">已逾期<");
        assertThat(page("/intake?call=" + call.id() + "&division=420500")).contains("流程型智能工厂建设")
                .doesNotContain("离散型智能工厂改造");
        assertThat(rowsOf(page("/intake?call=" + call.id() + "&status=CORRECTION_REQUESTED")))
                .containsExactly(waiting.id());
        assertThat(rowsOf(page("/intake?call=" + call.id() + "&q=" + fresh.enterprise().name())))
                .containsExactly(fresh.id());
        assertThat(page("/intake")).contains(call.title());
        mvc.perform(get("/intake?call=" + Long.MAX_VALUE).cookie(session)).andExpect(status().isNotFound());
    }

    @Test
    void theReviewPageShowsTheFactsTheSubmittedVersionAndTheProposedDeadline() throws Exception {
        Filed filed = world.recommended(call.id(), "420100", "离散型智能工厂改造");
        String page = page("/intake/applications/" + filed.id());
        assertThat(page).contains("离散型智能工厂改造", filed.enterprise().name(), "武汉市", call.title(),
                "第1版，2026-04-28 10:00由" + filed.applicant() + "提交",
                "href=\"/applications/" + filed.id() + "/versions/1\"", "阅读第1版申报书",
                "name=\"reviewedVersionNo\" value=\"1\"", "name=\"reviewedStatus\" value=\"RECOMMENDED\"",
                "value=\"2026-05-08\"", "默认为今天起第5个工作日（2026-05-08，已扣除法定节假日）",
                "材料不全", "不符合申报条件", "信用状况不良", "重复申报", "其他", "尚未作出过形式审查结论。", "已推荐")
                .doesNotContain("compare-versions");
        // the officer may open the read view of the submitted version
        mvc.perform(get("/applications/" + filed.id() + "/versions/1").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void badInputIsExplainedBesideEachFieldAndNothingChanges() throws Exception {
        Filed filed = world.recommended(call.id(), "420100", "离散型智能工厂改造");
        String page = mvc.perform(post("/intake/applications/" + filed.id() + "/decision").cookie(session).with(csrf())
                        .param("outcome", "REQUEST_CORRECTION").param("text", " ").param("deadline", "2026-04-01")
                        .param("reviewedVersionNo", "1").param("reviewedStatus", "RECOMMENDED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"reasons-error\">要求补正或不通过时，请至少选择一项问题类型。",
                "id=\"text-error\">请写明需要企业补正的内容。", "id=\"deadline-error\">补正期限必须晚于当前时间。",
                "href=\"#reasons\"", "value=\"2026-04-01\"");

        page = mvc.perform(post("/intake/applications/" + filed.id() + "/decision").cookie(session).with(csrf())
                        .param("outcome", "REQUEST_CORRECTION").param("reasons", "INCOMPLETE").param("text", "补充")
                        .param("deadline", "2026-02-30")
                        .param("reviewedVersionNo", "1").param("reviewedStatus", "RECOMMENDED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"deadline-error\">补正期限不是有效的日期", "checked=\"checked\"");

        page = mvc.perform(post("/intake/applications/" + filed.id() + "/decision").cookie(session).with(csrf())
                        .param("reasons", "OTHER").param("reviewedVersionNo", "1").param("reviewedStatus", "RECOMMENDED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"outcome-error\">请选择审查结论。");
        assertThat(count(page, "请选择审查结论。")).isEqualTo(2); // in the summary and beside the field

        page = mvc.perform(post("/intake/applications/" + filed.id() + "/decision").cookie(session).with(csrf())
                        .param("outcome", "FAIL").param("reasons", "OTHER").param("deadline", "2026-05-08")
                        .param("reviewedVersionNo", "1").param("reviewedStatus", "RECOMMENDED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"text-error\">选择了“其他”，请在说明中写明具体原因。")
                .doesNotContain("id=\"deadline-error\"");

        assertThat(reviews.reviewsOf(filed.id())).isEmpty();
        assertThat(applications.find(filed.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.RECOMMENDED);
    }

    @Test
    void aDoubleClickRecordsOneDecisionAndTheSecondPostSaysSo() throws Exception {
        Filed filed = world.recommended(call.id(), "420100", "离散型智能工厂改造");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/intake/applications/" + filed.id() + "/decision").cookie(session).with(csrf())
                            .param("outcome", "PASS").param("deadline", "2026-05-08").param("text", "材料齐全")
                            .param("reviewedVersionNo", "1").param("reviewedStatus", "RECOMMENDED"))
                    .andExpect(redirectedUrl("/intake/applications/" + filed.id()));
        }
        MvcResult second = mvc.perform(post("/intake/applications/" + filed.id() + "/decision").cookie(session)
                        .with(csrf()).param("outcome", "PASS")
                        .param("reviewedVersionNo", "1").param("reviewedStatus", "RECOMMENDED"))
                .andExpect(redirectedUrl("/intake/applications/" + filed.id())).andReturn();
        assertThat(second.getFlashMap().get("warning"))
                .isEqualTo("第1版的形式审查结论（通过）已由" + officer + "于2026-04-28 10:00作出，本次提交未重复记录。");
        assertThat(reviews.reviewsOf(filed.id())).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(FormalReviewOutcome.PASS);
            assertThat(r.text()).isEqualTo("材料齐全");
            assertThat(r.deadline()).isNull();
        });
        assertThat(new AuditEntries(jdbc).withAction("intake.formal-review", "application", filed.id())).hasSize(1);
        assertThat(page("/intake/applications/" + filed.id())).contains("形式审查通过", "不需要作出形式审查结论")
                .doesNotContain("name=\"reviewedVersionNo\"");
    }

    @Test
    void theCorrectionLoopThroughThePagesOfTheOfficerAndTheEnterprise() throws Exception {
        Filed filed = world.recommended(call.id(), "420100", "离散型智能工厂改造");
        long id = filed.id();

        // 1. the officer asks for a correction, with the proposed deadline
        MvcResult decided = mvc.perform(post("/intake/applications/" + id + "/decision").cookie(session).with(csrf())
                        .param("outcome", "REQUEST_CORRECTION").param("reasons", "INCOMPLETE", "OTHER")
                        .param("text", "请补充近三年财务审计报告，并说明信用查询日期。").param("deadline", "2026-05-08")
                        .param("reviewedVersionNo", "1").param("reviewedStatus", "RECOMMENDED"))
                .andExpect(redirectedUrl("/intake/applications/" + id)).andReturn();
        assertThat(decided.getFlashMap().get("success"))
                .isEqualTo("已记录形式审查结论：第1版要求补正，企业已可修改并提交补正材料。");

        // 2. the enterprise reads reason and deadline on its overview, corrects a section and resubmits
        clock.advance(Duration.ofDays(1));
        Cookie applicant = world.login(filed.applicant());
        String overview = page("/applications/" + id, applicant);
        assertThat(overview).contains("待补正", "需要补正的内容：【材料不全、其他】请补充近三年财务审计报告，并说明信用查询日期。",
                "请于2026-05-08 23:59前完成补正并提交。");
        String section = page("/applications/" + id + "/sections/overview", applicant);
        mvc.perform(post("/applications/" + id + "/sections/overview").cookie(applicant).with(csrf())
                        .param("version", versionIn(section)).param("draftToken", tokenIn(section))
                        .param("action", "save").param("text", "企业概述，已补充近三年财务审计情况。"))
                .andExpect(status().is3xxRedirection());
        overview = page("/applications/" + id, applicant);
        mvc.perform(post("/applications/" + id + "/submit").cookie(applicant).with(csrf())
                        .param("submitToken", submitTokenIn(overview)))
                .andExpect(redirectedUrl("/applications/" + id));
        ApplicationSummary resubmitted = applications.find(id, ApplicationScope.ALL).orElseThrow();
        assertThat(resubmitted.status()).isEqualTo(ApplicationStatus.CORRECTED);
        assertThat(resubmitted.lastVersionNo()).isEqualTo(2);

        // 3. the officer finds it marked for re-review, compares the versions and passes it
        String queuePage = page("/intake?call=" + call.id());
        assertThat(queuePage).contains(">待复审<", "第1版：要求补正");
        String review = page("/intake/applications/" + id);
        assertThat(review).contains("这是补正后的复审：上次审查的是第1版，企业已提交补正后的第2版。",
                "href=\"/applications/" + id + "/compare?left=1&amp;right=2\"", "对比上次审查的第1版与补正后的第2版",
                "name=\"reviewedVersionNo\" value=\"2\"", "name=\"reviewedStatus\" value=\"CORRECTED\"",
                "【材料不全、其他】请补充近三年财务审计报告", "材料不全、其他", "2026-05-08 23:59");
        assertThat(page("/applications/" + id + "/compare?left=1&right=2"))
                .contains("企业概述，已补充近三年财务审计情况。");
        mvc.perform(post("/intake/applications/" + id + "/decision").cookie(session).with(csrf())
                        .param("outcome", "PASS").param("reviewedVersionNo", "2").param("reviewedStatus", "CORRECTED"))
                .andExpect(redirectedUrl("/intake/applications/" + id));

        assertThat(applications.find(id, ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.FORMAL_PASSED);
        assertThat(reviews.reviewsOf(id)).extracting(FormalReview::versionNo, FormalReview::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, FormalReviewOutcome.REQUEST_CORRECTION),
                        org.assertj.core.groups.Tuple.tuple(2, FormalReviewOutcome.PASS));
        assertThat(page("/intake/applications/" + id)).contains("提交补正材料", "形式审查通过");
    }

    @Test
    void theEnterpriseCannotSubmitItsCorrectionAfterTheDeadline() throws Exception {
        Filed filed = world.recommended(call.id(), "420100", "离散型智能工厂改造");
        reviews.decide(IntakeFixtures.correction(filed.id(), 1, ApplicationStatus.RECOMMENDED, "补充审计报告",
                IntakeFixtures.DEFAULT_DUE_DATE, "INCOMPLETE"), IntakeFixtures.officer(officer));
        clock.set(LocalDateTime.of(2026, 5, 9, 0, 0, 1));
        Cookie applicant = world.login(filed.applicant());
        String overview = page("/applications/" + filed.id(), applicant);
        MvcResult late = mvc.perform(post("/applications/" + filed.id() + "/submit").cookie(applicant).with(csrf())
                        .param("submitToken", submitTokenIn(overview)))
                .andExpect(redirectedUrl("/applications/" + filed.id())).andReturn();
        assertThat(late.getFlashMap().get("error")).isEqualTo("补正期限已过，不能提交补正材料。");
        assertThat(applications.find(filed.id(), ApplicationScope.ALL).orElseThrow())
                .extracting(ApplicationSummary::status, ApplicationSummary::lastVersionNo)
                .containsExactly(ApplicationStatus.CORRECTION_REQUESTED, 1);
        assertThat(page("/intake/applications/" + filed.id())).contains("已逾期，企业未在期限内提交补正材料。");
    }

    private String page(String url) throws Exception {
        return page(url, session);
    }

    private String page(String url, Cookie cookie) throws Exception {
        return mvc.perform(get(url).cookie(cookie)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<Long> rowsOf(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("data-application=\"(\\d+)\"").matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String tokenIn(String html) {
        return match(html, "name=\"draftToken\" value=\"([0-9a-f]+)\"");
    }

    private static String versionIn(String html) {
        return match(html, "name=\"version\" value=\"(\\d+)\"");
    }

    private static String submitTokenIn(String html) {
        return match(html, "name=\"submitToken\" value=\"([0-9a-f-]+)\"");
    }

    private static String match(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("%s in the page", regex).isTrue();
        return m.group(1);
    }
}
