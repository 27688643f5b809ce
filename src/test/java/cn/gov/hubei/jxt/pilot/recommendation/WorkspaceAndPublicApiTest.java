package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The recommender's workspace (counts, search, filter, links) and the read API the province's review uses. */
@ApplicationIntegrationTest
class WorkspaceAndPublicApiTest {

    static final String JINGMEN = "420800";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;
    @Autowired Recommendations recommendations;

    @Test
    void theWorkspaceCountsSearchesAndFiltersTheDivisionsApplicationsOfTheCall() throws Exception {
        Recommending fixture = new Recommending(mvc, calls, enterprises, users, clock, applications, service);
        CallSummary call = fixture.call(null);
        String recommender = fixture.recommender(JINGMEN);
        var a = fixture.plain(call, JINGMEN, "荆门磷化工流程型智能工厂");
        var b = fixture.plain(call, JINGMEN, "荆门新能源电池数字化车间");
        fixture.plain(call, "420100", "武汉的项目不在荆门工作台");
        fixture.recommend(a.applicationId(), JINGMEN, recommender);
        Cookie session = fixture.login(recommender);

        mvc.perform(get("/recommendation").param("call", String.valueOf(call.id())).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本批次共收到申报书2份")))
                .andExpect(content().string(containsString("已提交 1份")))
                .andExpect(content().string(containsString("已推荐 1份")))
                .andExpect(content().string(containsString("荆门磷化工流程型智能工厂")))
                .andExpect(content().string(not(containsString("武汉的项目不在荆门工作台"))))
                .andExpect(content().string(containsString("/applications/" + b.applicationId() + "/versions/1")))
                .andExpect(content().string(containsString("荆门市推荐名单")));
        mvc.perform(get("/recommendation").param("call", String.valueOf(call.id())).param("q", "电池")
                        .cookie(session))
                .andExpect(content().string(containsString("荆门新能源电池数字化车间")))
                .andExpect(content().string(not(containsString("荆门磷化工流程型智能工厂"))));
        String api = "/api/v1/recommendation/calls/" + call.id() + "/applications";
        mvc.perform(get(api).param("status", "RECOMMENDED").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.counts.SUBMITTED").value(1))
                .andExpect(jsonPath("$.counts.RECOMMENDED").value(1))
                .andExpect(jsonPath("$.divisionName").value("荆门市"))
                .andExpect(jsonPath("$.open").value(true))
                .andExpect(jsonPath("$.applications.length()").value(1))
                .andExpect(jsonPath("$.applications[0].id").value(a.applicationId()))
                .andExpect(jsonPath("$.applications[0].rank").value(1))
                .andExpect(jsonPath("$.applications[0].precheckLabel").value("预审符合"))
                .andExpect(jsonPath("$.applications[0].versionUrl").value("/applications/" + a.applicationId()
                        + "/versions/1"));
        mvc.perform(get(api).param("q", "磷化工").cookie(session))
                .andExpect(jsonPath("$.applications.length()").value(1))
                .andExpect(jsonPath("$.applications[0].statusLabel").value("已推荐"));
    }

    @Test
    void theProvinceReadsEveryDivisionsListAndTheRankOfAnApplication() {
        Recommending fixture = new Recommending(mvc, calls, enterprises, users, clock, applications, service);
        CallSummary call = fixture.call(3);
        String recommender = fixture.recommender(JINGMEN);
        var a = fixture.plain(call, JINGMEN, "公共接口甲");
        var b = fixture.plain(call, JINGMEN, "公共接口乙");
        fixture.recommend(a.applicationId(), JINGMEN, recommender);
        fixture.recommend(b.applicationId(), JINGMEN, recommender);

        List<RecommendationList> lists = recommendations.lists(call.id());
        assertThat(lists).hasSize(17);
        assertThat(lists.get(0).divisionName()).isEqualTo("武汉市");
        assertThat(lists.get(16).divisionCode()).isEqualTo("429021");
        assertThat(lists.get(0).status()).isEqualTo(ListStatus.OPEN);
        assertThat(lists.get(0).entries()).isEmpty();
        assertThat(lists.get(0).version()).isZero();
        assertThat(lists.get(0).quota()).isEqualTo(3);

        RecommendationList jingmen = recommendations.list(call.id(), JINGMEN).orElseThrow();
        assertThat(jingmen.divisionName()).isEqualTo("荆门市");
        assertThat(jingmen.deadline()).isEqualTo(call.recommendationDeadline());
        assertThat(jingmen.entries()).extracting(RankedEntry::projectName).containsExactly("公共接口甲", "公共接口乙");
        assertThat(jingmen.entries().get(1).rank()).isEqualTo(2);
        assertThat(jingmen.entries().get(1).enterpriseName()).isEqualTo(b.enterprise().name());
        assertThat(jingmen.entries().get(1).versionNo()).isEqualTo(1);
        assertThat(recommendations.rankOf(b.applicationId())).hasValue(2);
        assertThat(recommendations.rankOf(Long.MAX_VALUE)).isEmpty();
        assertThat(recommendations.isSubmitted(call.id(), JINGMEN)).isFalse();
        assertThat(recommendations.list(call.id(), "420400")).isEmpty();
        assertThat(recommendations.list(Long.MAX_VALUE, JINGMEN)).isEmpty();
        assertThat(recommendations.lists(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/recommendation/calls/{callId}/submission'].post.summary")
                        .value("Submit the list to the province"))
                .andExpect(jsonPath("$.paths['/api/v1/recommendation/calls/{callId}/ranking/order'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/recommendation/calls/{callId}/lists/{division}/reopen'].post")
                        .exists());
    }
}
