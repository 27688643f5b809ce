package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.DatabaseInvariants;
import cn.gov.hubei.jxt.pilot.SuspendsInvariants;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.Deciding;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.PrecheckInput;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role's home page says what stands where and what to do next, from the data and scoped to the caller; the
 * anonymous home page explains the programme and the current calls.
 */
@ApplicationIntegrationTest
@SuspendsInvariants(value = {DatabaseInvariants.WITH_PROVINCE_ON_LIST, DatabaseInvariants.REVIEWED_STATUS_HAS_FORMAL_REVIEW},
        because = "takes recommenders' and officers' decisions with ProjectApplications.decide, below the modules that"
                + " keep the list and the formal review")
class HomePagesTest {

    static final String WUHAN = "420100";
    static final String XIANGYANG = "420600";
    static final String YICHANG = "420500";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendation;
    @Autowired ReferenceCatalog reference;
    @Autowired JdbcClient jdbc;

    Filing filing;
    CallSummary call;

    @BeforeEach
    void openCall() {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        clock.set(Filing.NOW);
        CallSummary draft = calls.create(CallFixtures.aCallOpeningAt(Filing.NOW.minusDays(1)).maxProjects(null)
                .quota(5).build(), "home-test");
        call = calls.publish(draft.id(), "home-test");
    }

    static Instant at(LocalDateTime shanghai) {
        return shanghai.atZone(CallFixtures.SHANGHAI).toInstant();
    }

    String numberOf(long id) {
        return jdbc.sql("select number from project_application where id = :id").param("id", id)
                .query(String.class).single();
    }

    long submitted(Enterprise enterprise, String applicant, String projectName) {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        Filing.complete(applications, id, enterprise.id(), applicant, projectName);
        applications.submit(id, ApplicationScope.enterprise(enterprise.id()), "submit-" + id, applicant);
        return id;
    }

    String page(Cookie session) throws Exception {
        return mvc.perform(get("/").cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The text of the element that carries {@code attribute}, its tags removed and its white space collapsed. */
    static String text(String html, String attribute) {
        int at = html.indexOf(attribute);
        assertThat(at).as("element with %s", attribute).isGreaterThanOrEqualTo(0);
        int open = html.lastIndexOf('<', at);
        Matcher tag = Pattern.compile("<([a-z0-9]+)").matcher(html.substring(open));
        assertThat(tag.lookingAt()).isTrue();
        int close = html.indexOf("</" + tag.group(1) + ">", at);
        String inner = html.substring(open, close);
        return inner.replaceAll("<[^>]*>", " ").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
    }

    static String element(String html, String attribute) {
        int at = html.indexOf(attribute);
        int open = html.lastIndexOf('<', at);
        Matcher tag = Pattern.compile("<([a-z0-9]+)").matcher(html.substring(open));
        assertThat(tag.lookingAt()).isTrue();
        return html.substring(open, html.indexOf("</" + tag.group(1) + ">", at));
    }

    @Test
    void theApplicantSeesEachApplicationWithItsStatusHolderDeadlineAndNextStep() throws Exception {
        Enterprise enterprise = filing.enterprise(WUHAN);
        String applicant = filing.applicantOf(enterprise);
        long draft = applications.create(call.id(), enterprise.id(), applicant).id();
        Filing.save(applications, draft, ApplicationScope.enterprise(enterprise.id()), SectionKey.BASIC,
                Filing.basic("仓储物流数字化项目"), applicant);
        long returned = submitted(enterprise, applicant, "退回修改的项目");
        Deciding.decide(applications, returned, ApplicationTransition.RETURN, "请补充设备清单。",
                at(LocalDateTime.of(2031, 3, 20, 17, 0)), "rec");
        long correction = submitted(enterprise, applicant, "待补正的项目");
        Deciding.decide(applications, correction, ApplicationTransition.RECOMMEND, null, null, "rec");
        Deciding.decide(applications, correction, ApplicationTransition.REQUEST_CORRECTION, "【材料不全】补充信用报告。",
                at(LocalDateTime.of(2031, 3, 17, 17, 0)), "officer");
        long withRecommender = submitted(enterprise, applicant, "已提交的项目");
        long recommended = submitted(enterprise, applicant, "已推荐的项目");
        Deciding.decide(applications, recommended, ApplicationTransition.RECOMMEND, null, null, "rec");
        Enterprise other = filing.enterprise(WUHAN);
        long othersApplication = applications.create(call.id(), other.id(), filing.applicantOf(other)).id();

        String html = page(filing.login(applicant));

        String t = call.title();
        assertThat(text(html, "data-application=\"" + draft + "\"")).isEqualTo(numberOf(draft) + " " + t
                + " 仓储物流数字化项目 草稿 当前办理：本企业 申报截止：2031-05-08 10:00（还剩59天） 继续填写");
        assertThat(text(html, "data-application=\"" + returned + "\"")).isEqualTo(numberOf(returned) + " " + t
                + " 退回修改的项目 已退回修改 当前办理：本企业 重新提交截止：2031-03-20 17:00（还剩10天） 查看退回原因并修改");
        assertThat(text(html, "data-application=\"" + correction + "\"")).isEqualTo(numberOf(correction) + " " + t
                + " 待补正的项目 待补正 当前办理：本企业 补正截止：2031-03-17 17:00（还剩7天） 提交补正材料");
        assertThat(text(html, "data-application=\"" + withRecommender + "\"")).isEqualTo(numberOf(withRecommender)
                + " " + t + " 已提交的项目 已提交 当前办理：推荐单位（武汉市经信局） 推荐截止：2031-05-23 10:00（还剩74天） 查看");
        assertThat(text(html, "data-application=\"" + recommended + "\"")).isEqualTo(numberOf(recommended)
                + " " + t + " 已推荐的项目 已推荐 当前办理：省经信厅 查看");
        assertThat(element(html, "data-application=\"" + returned + "\""))
                .contains("href=\"/applications/" + returned + "\"");
        assertThat(html).doesNotContain("data-application=\"" + othersApplication + "\"")
                .doesNotContain(numberOf(othersApplication));
    }

    @Test
    void theRecommenderSeesItsOpenWorkInEachOpenCall() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(filing.submitted(applications, call.id(), XIANGYANG, "襄阳项目" + i).applicationId());
        }
        Filing.Submitted elsewhere = filing.submitted(applications, call.id(), WUHAN, "武汉项目");
        String recommender = filing.account(Role.RECOMMENDER, null, XIANGYANG);
        recommendation.savePrecheck(ids.get(0), XIANGYANG, allMet(), recommender);
        recommendation.recommend(ids.get(0), XIANGYANG, recommender);
        Deciding.decide(applications, ids.get(1), ApplicationTransition.RETURN, "请补充材料。", null, recommender);

        String html = page(filing.login(recommender));

        assertThat(text(html, "data-call=\"" + call.id() + "\"")).isEqualTo(call.title()
                + " 推荐截止：2031-05-23 10:00（还剩74天） 待审核的申报书 2 已退回、待企业重新提交 1 已推荐 / 名额 1 / 5"
                + " 推荐名单 未报送 审核申报书 排序并报送");
        assertThat(element(html, "data-call=\"" + call.id() + "\""))
                .contains("href=\"/recommendation?call=" + call.id() + "&amp;status=SUBMITTED\"")
                .contains("href=\"/recommendation/ranking?call=" + call.id() + "\"");
        assertThat(html).doesNotContain(numberOf(elsewhere.applicationId()));
    }

    @Test
    void theOfficerSeesSubmittedListsReviewsToDoOverdueCorrectionsAndDeadlines() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(filing.submitted(applications, call.id(), YICHANG, "宜昌项目" + i).applicationId());
        }
        String recommender = filing.account(Role.RECOMMENDER, null, YICHANG);
        for (long id : ids) {
            recommendation.savePrecheck(id, YICHANG, allMet(), recommender);
            recommendation.recommend(id, YICHANG, recommender);
        }
        recommendation.submit(call.id(), YICHANG, "home-" + call.id(), "盖章.pdf",
                new ByteArrayInputStream(Filing.PDF), recommender);
        Deciding.decide(applications, ids.get(0), ApplicationTransition.PASS_FORMAL, null, null, "officer");
        Deciding.decide(applications, ids.get(1), ApplicationTransition.REQUEST_CORRECTION, "【材料不全】补充信用报告。",
                at(LocalDateTime.of(2031, 3, 12, 17, 0)), "officer");
        clock.set(LocalDateTime.of(2031, 3, 13, 10, 0));

        String html = page(filing.login(filing.account(Role.OFFICER, null, null)));

        assertThat(text(html, "data-call=\"" + call.id() + "\"")).isEqualTo(call.title()
                + " 申报截止：2031-05-08 10:00（还剩56天） 推荐截止：2031-05-23 10:00（还剩71天）"
                + " 已报送推荐名单 1 / 17 待形式审查 1 待补正 1 补正逾期 1"
                + " 已报送、待形式审查的推荐名单 宜昌市 2031-03-10 10:00报送，推荐3项，待形式审查1项"
                + " 补正逾期 " + numberOf(ids.get(1)) + " 宜昌项目1 补正截止：2031-03-12 17:00（已过期）"
                + " 查看推荐受理 开始形式审查 本次遴选的统计分析");
        assertThat(element(html, "data-call=\"" + call.id() + "\""))
                .contains("href=\"/recommendation/lists/420500?call=" + call.id() + "\"")
                .contains("href=\"/intake/applications/" + ids.get(1) + "\"")
                .contains("href=\"/intake?call=" + call.id() + "&amp;status=AWAITING\"");
    }

    @Test
    void theAnonymousHomePageExplainsTheProgrammeAndTheCurrentCalls() throws Exception {
        CallSummary unpublished = calls.create(CallFixtures.aCallOpeningAt(Filing.NOW.plusDays(10)).build(),
                "home-test");
        String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("湖北省智能制造试点示范项目").contains("href=\"/login\"")
                .contains("href=\"/register\"");
        reference.modes().stream().filter(m -> !m.code().equals(ManufacturingMode.OTHER))
                .forEach(m -> assertThat(html).contains(m.name()));
        reference.newTechnologies().forEach(t -> assertThat(html).contains(t.name()));
        assertThat(text(html, "data-steps")).isEqualTo("申报 推荐 形式审查 实地查看与专家评审 公示 认定");
        assertThat(text(html, "data-call=\"" + call.id() + "\"")).isEqualTo(call.title()
                + " 申报中 申报时间：2031-03-09 10:00 至 2031-05-08 10:00 推荐截止：2031-05-23 10:00");
        assertThat(html).doesNotContain(unpublished.title());
    }

    static List<PrecheckInput> allMet() {
        List<PrecheckInput> inputs = new ArrayList<>();
        for (int c = 1; c <= 8; c++) {
            inputs.add(new PrecheckInput(c, "MET", null));
        }
        return inputs;
    }
}
