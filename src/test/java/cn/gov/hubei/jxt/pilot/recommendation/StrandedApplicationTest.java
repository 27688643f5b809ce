package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.recommendation.internal.UnsettledApplicationsException;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A division's list submitted while some of its applications are not settled: the recommender is asked first (page
 * and API), and an application that is resubmitted after the list, or was left undecided, is shown to the recommender
 * and the officer as waiting with the way forward; once the officer reopens the list it is checked and recommended as
 * usual.
 */
@ApplicationIntegrationTest
class StrandedApplicationTest {

    static final String WUHAN = "420100";
    static final String WAY_RECOMMENDER = "推荐名单已报送，现在不能审核、推荐或退回这些申报书。出路：请联系省经信厅重新打开本市推荐名单，"
            + "重新打开后即可照常审核、推荐并重新报送；名单不再打开时，这些申报书等待下一年度遴选。";
    static final String WAY_OFFICER = "该市州的推荐名单已报送，推荐单位现在不能处理这些申报书。出路：在该市州的推荐名单页面重新打开名单，"
            + "推荐单位即可照常审核、推荐并重新报送；不重新打开时，这些申报书等待下一年度遴选。";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;
    @Autowired Recommendations recommendations;
    @Autowired JdbcClient jdbc;

    Recommending fixture;
    CallSummary call;
    String recommender;
    Cookie session;
    Recommending.Submitted recommended;
    Recommending.Submitted returned;
    Recommending.Submitted unchecked;

    @BeforeEach
    void oneRecommendedOneReturnedOneUnchecked() throws Exception {
        fixture = new Recommending(mvc, calls, enterprises, users, clock, applications, service);
        call = fixture.call(5);
        recommender = fixture.recommender(WUHAN);
        recommended = fixture.submitted(call, WUHAN, "推荐项目智能工厂");
        returned = fixture.submitted(call, WUHAN, "退回项目数字化车间");
        unchecked = fixture.submitted(call, WUHAN, "未审核项目智能产线");
        fixture.recommend(recommended.id(), WUHAN, recommender);
        service.returnForRevision(returned.id(), WUHAN, "请补充设备清单。", null, recommender);
        session = fixture.login(recommender);
    }

    static MockMultipartFile scan() {
        return new MockMultipartFile("scan", "汇总表盖章.pdf", "application/pdf", Filing.PDF);
    }

    @Test
    void submittingWhileApplicationsAreUnsettledAsksFirstAndNamesThemOnThePageAndInTheApi() throws Exception {
        String returnedText = "《退回项目数字化车间》（" + returned.enterprise().name() + "，已退回修改）";
        String uncheckedText = "《未审核项目智能产线》（" + unchecked.enterprise().name() + "，已提交）";
        String ranking = page("/recommendation/ranking?call=" + call.id());
        assertThat(ranking).contains("报送前请注意：还有2个申报书尚未处理完毕", returnedText, uncheckedText,
                "name=\"confirmUnsettled\" type=\"checkbox\" value=\"true\"", "我已知晓以上申报书尚未处理完毕，仍然报送推荐名单");

        mvc.perform(multipart("/recommendation/ranking/submit").file(scan()).param("call", String.valueOf(call.id()))
                        .param("submitToken", "page-1").cookie(session).with(csrf()))
                .andExpect(flash().attribute("error", "以下2个申报书尚未处理完毕：" + returnedText + "；" + uncheckedText
                        + "。推荐名单报送后它们将不能再审核或推荐（除非省经信厅重新打开名单）；确认仍要报送时请明确确认（confirmUnsettled=true）。"));
        assertThat(recommendations.isSubmitted(call.id(), WUHAN)).isFalse();

        String api = "/api/v1/recommendation/calls/" + call.id() + "/submission";
        mvc.perform(multipart(api).file(scan()).header("Idempotency-Key", "api-1").cookie(session).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.unsettled.length()").value(2))
                .andExpect(jsonPath("$.unsettled[0].applicationId").value(returned.id()))
                .andExpect(jsonPath("$.unsettled[0].projectName").value("退回项目数字化车间"))
                .andExpect(jsonPath("$.unsettled[0].enterpriseName").value(returned.enterprise().name()))
                .andExpect(jsonPath("$.unsettled[0].status").value("RETURNED"))
                .andExpect(jsonPath("$.unsettled[1].applicationId").value(unchecked.id()))
                .andExpect(jsonPath("$.unsettled[1].statusLabel").value("已提交"));
        assertThat(recommendations.isSubmitted(call.id(), WUHAN)).isFalse();

        mvc.perform(multipart(api).file(scan()).param("confirmUnsettled", "true").header("Idempotency-Key", "api-2")
                        .cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(1));
        assertThat(recommendations.isSubmitted(call.id(), WUHAN)).isTrue();
        assertThat(jdbc.sql("select (details::jsonb -> 'unsettledApplicationIds')::text from audit_entry "
                        + "where action = 'recommendation.submitted' and target_id = ?")
                .param(call.id() + "/" + WUHAN).query(String.class).single())
                .isEqualTo("[" + returned.id() + ", " + unchecked.id() + "]");
    }

    @Test
    void submittingWithNothingUnsettledAsksNothing() throws Exception {
        applications.withdraw(unchecked.id(), ApplicationScope.enterprise(unchecked.enterprise().id()), "不再申报",
                unchecked.applicant());
        ApplicationScope scope = ApplicationScope.enterprise(returned.enterprise().id());
        Filing.save(applications, returned.id(), scope, SectionKey.OVERVIEW, Filing.narrative("已补充设备清单。"),
                returned.applicant());
        applications.submit(returned.id(), scope, "again", returned.applicant());
        fixture.recommend(returned.id(), WUHAN, recommender);
        assertThat(service.unsettled(call.id(), WUHAN)).isEmpty();
        assertThat(page("/recommendation/ranking?call=" + call.id())).doesNotContain("confirmUnsettled");
    }

    @Test
    void aLateResubmissionIsShownOnBothSidesWithTheWayForwardAndIsRecommendedOnceTheListIsReopened()
            throws Exception {
        assertThatThrownBy(() -> service.submit(call.id(), WUHAN, "k-1", "scan.pdf",
                new ByteArrayInputStream(Filing.PDF), recommender))
                .isInstanceOf(UnsettledApplicationsException.class);
        service.submit(call.id(), WUHAN, "k-2", "scan.pdf", new ByteArrayInputStream(Filing.PDF), true, recommender);
        // the enterprise resubmits to 武汉市 after the list went to the province
        clock.advance(Duration.ofHours(2));
        ApplicationScope scope = ApplicationScope.enterprise(returned.enterprise().id());
        Filing.save(applications, returned.id(), scope, SectionKey.OVERVIEW, Filing.narrative("已补充设备清单。"),
                returned.applicant());
        applications.submit(returned.id(), scope, "again", returned.applicant());

        String workspace = page("/recommendation?call=" + call.id());
        assertThat(workspace).contains("推荐名单报送后仍有2个申报书等待处理", "逾期：推荐名单报送后提交", "推荐名单报送时尚未处理",
                WAY_RECOMMENDER);
        String review = page("/recommendation/applications/" + returned.id());
        assertThat(review).contains("id=\"stranded\"", "逾期：推荐名单报送后提交", WAY_RECOMMENDER);
        mvc.perform(get("/api/v1/recommendation/applications/" + returned.id()).cookie(session))
                .andExpect(jsonPath("$.late").value("逾期：推荐名单报送后提交"))
                .andExpect(jsonPath("$.wayForward").value(WAY_RECOMMENDER))
                .andExpect(jsonPath("$.allowedActions.length()").value(0));
        mvc.perform(get("/api/v1/recommendation/applications/" + unchecked.id()).cookie(session))
                .andExpect(jsonPath("$.late").value("推荐名单报送时尚未处理"));

        String officer = fixture.account(Role.OFFICER, null, null);
        Cookie office = fixture.login(officer);
        String overview = page("/recommendation/overview?call=" + call.id(), office);
        assertThat(overview).contains("其中2份在名单报送后等待处理", "退回项目数字化车间", "逾期：推荐名单报送后提交", WAY_OFFICER);
        assertThat(page("/recommendation/lists/" + WUHAN + "?call=" + call.id(), office))
                .contains("逾期：推荐名单报送后提交", WAY_OFFICER);
        assertThat(page("/recommendation/applications/" + returned.id(), office))
                .contains("逾期：推荐名单报送后提交", WAY_OFFICER);

        service.reopen(call.id(), WUHAN, "请处理名单报送后重新提交的申报书。", null, officer);
        assertThat(service.stranded(call.id(), WUHAN)).isEmpty();
        assertThat(page("/recommendation?call=" + call.id())).doesNotContain("逾期：推荐名单报送后提交");
        fixture.recommend(returned.id(), WUHAN, recommender);
        assertThat(applications.find(returned.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.RECOMMENDED);
        assertThat(service.ranking(call, WUHAN).entries()).extracting(RankedEntry::applicationId)
                .containsExactly(recommended.id(), returned.id());
    }

    private String page(String path) throws Exception {
        return page(path, session);
    }

    private String page(String path, Cookie cookie) throws Exception {
        return mvc.perform(get(path).cookie(cookie)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
