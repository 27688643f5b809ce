package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.portal.PortalFixtures.Filed;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The typical scenarios from application to library: candidates from applications that passed formal review, the
 * enterprise's consent and the office's approval (both needed), withdrawal unpublishing at once, idempotent repeats,
 * the public library's filters with exact results, and another enterprise's applicant refused as "not found".
 */
@IntegrationTest
class TypicalScenarioTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired TypicalScenarios scenarios;
    @Autowired ScenarioLibrary library;
    @Autowired JdbcClient jdbc;

    PortalFixtures world;
    CallSummary call;
    final CurrentUser officer = PortalFixtures.officer();

    @BeforeEach
    void world() {
        world = new PortalFixtures(calls, enterprises, users, clock, applications, recommendations, reviews);
        call = world.openCall();
    }

    private List<TypicalScenario> ofApplication(long applicationId) {
        return scenarios.candidates(null, officer).stream().filter(s -> s.applicationId() == applicationId).toList();
    }

    @Test
    void candidatesAreTheScenariosOfApplicationsThatPassedFormalReview() {
        String tag = "候选" + call.id();
        Filed passed = world.passed(call.id(), "420500", tag + "电机产线", List.of("DISCRETE"),
                List.of(PortalFixtures.scenario(tag + "设计仿真", "DESIGN"),
                        PortalFixtures.scenario(tag + "智能仓储", "LOGISTICS")));
        Filed recommended = world.recommended(call.id(), "420500", tag + "未审", List.of("DISCRETE"),
                List.of(PortalFixtures.scenario(tag + "未审场景", "SALES")));

        List<TypicalScenario> mine = ofApplication(passed.id());
        assertThat(mine).extracting(TypicalScenario::name).containsExactly(tag + "设计仿真", tag + "智能仓储");
        assertThat(mine).extracting(TypicalScenario::status).containsOnly(ScenarioStatus.CANDIDATE);
        assertThat(mine.get(0).publicTitle()).isEqualTo(tag + "设计仿真");
        assertThat(mine.get(0).problem()).isEqualTo(tag + "设计仿真：问题");
        assertThat(mine.get(0).modeCodes()).containsExactly("DISCRETE");
        assertThat(mine.get(0).divisionCode()).isEqualTo("420500");
        assertThat(mine.get(0).callYear()).isEqualTo(2026);
        assertThat(mine.get(0).phase()).isEqualTo(ScenarioPhase.FORMAL_PASSED);
        assertThat(ofApplication(recommended.id())).isEmpty();
        // read again: nothing taken up twice
        assertThat(ofApplication(passed.id())).hasSize(2);
        // the applicant sees its enterprise's scenarios only
        assertThat(scenarios.ofEnterprise(world.user(passed.applicant()))).extracting(TypicalScenario::applicationId)
                .containsOnly(passed.id());
    }

    @Test
    void approvalNeedsTheConsentAndAWithdrawnConsentUnpublishesAtOnce() {
        String tag = "同意" + call.id();
        Filed filed = world.passed(call.id(), "420500", tag + "项目", List.of("DISCRETE"),
                List.of(PortalFixtures.scenario(tag + "场景", "MANUFACTURING")));
        CurrentUser applicant = world.user(filed.applicant());
        TypicalScenario s = ofApplication(filed.id()).get(0);

        assertThatThrownBy(() -> scenarios.act(s.id(), "approve", null, null, officer))
                .isInstanceOfSatisfying(ScenarioRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("portal.scenario.approve.refused"));
        assertThat(scenarios.find(s.id(), officer).orElseThrow().status()).isEqualTo(ScenarioStatus.CANDIDATE);
        assertThatThrownBy(() -> scenarios.act(s.id(), "consent", null, null, officer))
                .isInstanceOfSatisfying(ScenarioRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("portal.scenario.consent.not-performer"));

        TypicalScenario consented = scenarios.act(s.id(), "consent", null, s.version(), applicant);
        assertThat(consented.status()).isEqualTo(ScenarioStatus.CONSENTED);
        assertThat(consented.consentedBy()).isEqualTo(filed.applicant());
        assertThat(consented.consentedAt()).isEqualTo(clock.instant());
        // a double click: the same request again changes nothing
        assertThat(scenarios.act(s.id(), "consent", null, s.version(), applicant).version())
                .isEqualTo(consented.version());
        assertThat(library.find(s.id())).isEmpty();

        TypicalScenario published = scenarios.act(s.id(), "approve", null, consented.version(), officer);
        assertThat(published.status()).isEqualTo(ScenarioStatus.PUBLISHED);
        assertThat(published.decidedBy()).isEqualTo("officer-portal");
        assertThat(library.find(s.id())).map(ScenarioLibrary.PublicScenario::title).contains(tag + "场景");
        assertThat(library.search(new ScenarioLibrary.Filter(null, null, null, tag, 0)).scenarios())
                .extracting(ScenarioLibrary.PublicScenario::id).containsExactly(s.id());

        TypicalScenario withdrawn = scenarios.act(s.id(), "withdraw", null, null, applicant);
        assertThat(withdrawn.status()).isEqualTo(ScenarioStatus.WITHDRAWN);
        assertThat(withdrawn.publishedAt()).isNull();
        assertThat(library.find(s.id())).isEmpty();
        assertThat(library.search(new ScenarioLibrary.Filter(null, null, null, tag, 0)).total()).isZero();

        assertThat(scenarios.history(s.id(), officer)).extracting(c -> c.from() + ">" + c.to() + ":" + c.actor())
                .containsExactly("CANDIDATE>CONSENTED:" + filed.applicant(), "CONSENTED>PUBLISHED:officer-portal",
                        "PUBLISHED>WITHDRAWN:" + filed.applicant());
        assertThat(jdbc.sql("select count(*) from audit_entry where target_type = 'portal_scenario' and target_id = :id")
                .param("id", String.valueOf(s.id())).query(Long.class).single()).isEqualTo(3L);
    }

    @Test
    void aRejectionNeedsAReasonAndTheOfficeMayReopen() {
        String tag = "驳回" + call.id();
        Filed filed = world.passed(call.id(), "420500", tag + "项目", List.of("DISCRETE"),
                List.of(PortalFixtures.scenario(tag + "场景", "SERVICE")));
        TypicalScenario s = ofApplication(filed.id()).get(0);
        assertThatThrownBy(() -> scenarios.act(s.id(), "reject", " ", null, officer))
                .isInstanceOfSatisfying(ScenarioRejectedException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field() + ":" + p.code())
                                .containsExactly("reason:portal.scenario.reason.missing"));
        TypicalScenario rejected = scenarios.act(s.id(), "reject", "内容与示范推广无关", null, officer);
        assertThat(rejected.status()).isEqualTo(ScenarioStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("内容与示范推广无关");
        assertThatThrownBy(() -> scenarios.act(s.id(), "consent", null, null, world.user(filed.applicant())))
                .isInstanceOf(ScenarioRefusedException.class);
        assertThat(scenarios.act(s.id(), "reopen", null, null, officer).status()).isEqualTo(ScenarioStatus.CANDIDATE);
    }

    @Test
    void theLibraryFiltersGiveExactlyTheMatchingScenarios() {
        String tag = "筛选" + call.id();
        Filed a = world.passed(call.id(), "420500", tag + "甲", List.of("DISCRETE"),
                List.of(PortalFixtures.scenario(tag + "设计A", "DESIGN"), PortalFixtures.scenario(tag + "物流A", "LOGISTICS")));
        Filed b = world.passed(call.id(), "420100", tag + "乙", List.of("DISCRETE"),
                List.of(PortalFixtures.scenario(tag + "设计B", "DESIGN")));
        Filed c = world.passed(call.id(), "420100", tag + "丙", List.of("DISCRETE"),
                List.of(PortalFixtures.scenario(tag + "销售C", "SALES")));
        for (Filed f : List.of(a, b, c)) {
            CurrentUser applicant = world.user(f.applicant());
            for (TypicalScenario s : ofApplication(f.id())) {
                if (!s.name().equals(tag + "销售C")) { // C's scenario is consented but not approved
                    scenarios.act(s.id(), "consent", null, null, applicant);
                    scenarios.act(s.id(), "approve", null, null, officer);
                } else {
                    scenarios.act(s.id(), "consent", null, null, applicant);
                }
            }
        }
        scenarios.assignIndustry(b.id(), "BIOMEDICINE", officer);

        assertThat(titles(new ScenarioLibrary.Filter(null, null, null, tag, 0)))
                .containsExactlyInAnyOrder(tag + "设计A", tag + "物流A", tag + "设计B");
        assertThat(titles(new ScenarioLibrary.Filter("DESIGN", null, null, tag, 0)))
                .containsExactlyInAnyOrder(tag + "设计A", tag + "设计B");
        assertThat(titles(new ScenarioLibrary.Filter("DESIGN", "PROCESS", null, tag, 0))).isEmpty();
        assertThat(titles(new ScenarioLibrary.Filter("DESIGN", "DISCRETE", null, tag, 0)))
                .containsExactlyInAnyOrder(tag + "设计A", tag + "设计B");
        assertThat(titles(new ScenarioLibrary.Filter(null, "DISCRETE", null, tag, 0)))
                .containsExactlyInAnyOrder(tag + "设计A", tag + "物流A", tag + "设计B");
        assertThat(titles(new ScenarioLibrary.Filter(null, null, "BIOMEDICINE", tag, 0))).containsExactly(tag + "设计B");
        assertThat(titles(new ScenarioLibrary.Filter("SALES", null, null, tag, 0))).isEmpty();
        assertThat(titles(new ScenarioLibrary.Filter(null, null, null, tag + "乙", 0))).containsExactly(tag + "设计B");
    }

    private List<String> titles(ScenarioLibrary.Filter filter) {
        return library.search(filter).scenarios().stream().map(ScenarioLibrary.PublicScenario::title).toList();
    }

    @Test
    void anApplicantOfAnotherEnterpriseGetsNotFoundAndTheOwnApplicantConsentsThroughTheApi() throws Exception {
        String tag = "接口" + call.id();
        Filed filed = world.passed(call.id(), "420500", tag + "项目", List.of("DISCRETE"),
                List.of(PortalFixtures.scenario(tag + "场景", "DESIGN")));
        Filed other = world.recommended(call.id(), "420500", tag + "他人", List.of("DISCRETE"),
                List.of(PortalFixtures.scenario(tag + "他人场景", "DESIGN")));
        long id = ofApplication(filed.id()).get(0).id();

        mvc.perform(post("/api/v1/portal/consents/" + id).with(as(other.applicant())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/portal/scenarios/" + id).with(as(other.applicant())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/consents/" + id + "/consent").with(as(other.applicant())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(scenarios.find(id, officer).orElseThrow().status()).isEqualTo(ScenarioStatus.CANDIDATE);

        mvc.perform(post("/api/v1/portal/consents/" + id).with(as(filed.applicant())).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/portal/scenarios/" + id + "/approve").with(as(filed.applicant())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/portal/scenarios/" + id + "/reject").with(People_asOfficer()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/portal/scenarios/" + id + "/approve").with(People_asOfficer()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());
        MvcResult json = mvc.perform(get("/api/v1/public/scenarios?q=" + tag)).andExpect(status().isOk()).andReturn();
        assertThat(json.getResponse().getContentAsString()).contains("\"total\":1").contains(tag + "场景");
        mvc.perform(delete("/api/v1/portal/consents/" + id).with(as(filed.applicant())).with(csrf()))
                .andExpect(status().isOk());
        assertThat(library.find(id)).isEmpty();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        CurrentUser user = world.user(username);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor People_asOfficer() {
        return cn.gov.hubei.jxt.pilot.People.as("officer-portal", Role.OFFICER);
    }
}
