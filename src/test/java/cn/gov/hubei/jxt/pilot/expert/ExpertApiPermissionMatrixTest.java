package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.gov.hubei.jxt.pilot.expert.Pool.OFFICER;
import static cn.gov.hubei.jxt.pilot.expert.Pool.employedBy;
import static cn.gov.hubei.jxt.pilot.expert.Pool.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Who may do what with the pool through the API, by person and by the expert's phase (active or inactive): the office
 * everything; the expert reads themself and declares for themself on an assigned application only while active; another
 * expert finds nothing (404); applicants, recommenders and administrators are refused (403). Every cell an exact
 * status code; the same predicates answer the pages (ExpertPagesTest) and the services (ExpertPoolTest).
 */
@IntegrationTest
class ExpertApiPermissionMatrixTest {

    enum Actor { OFFICER, SELF, OTHER_EXPERT, APPLICANT, RECOMMENDER, SYSTEM_ADMIN }

    enum Phase { ACTIVE, INACTIVE }

    @Autowired MockMvc mvc;
    @Autowired ExpertPool pool;
    @Autowired ApplicationAssignments assignments;
    @Autowired ProjectApplications applications;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;

    /** The expected status of each action for each actor, in the given phase. */
    static Map<String, Integer> expected(Actor actor, Phase phase) {
        Map<String, Integer> m = new LinkedHashMap<>();
        boolean office = actor == Actor.OFFICER;
        boolean self = actor == Actor.SELF;
        boolean expert = self || actor == Actor.OTHER_EXPERT;
        m.put("list", office ? 200 : 403);
        m.put("get", office || self ? 200 : expert ? 404 : 403);
        m.put("me", expert ? 200 : 403);
        m.put("create", office ? 201 : 403);
        m.put("update", office ? 200 : 403);
        m.put(phase == Phase.ACTIVE ? "deactivate" : "activate", office ? 200 : 403);
        m.put("conflicts", office || self ? 200 : expert ? 404 : 403);
        m.put("declare", office ? 201 : self ? (phase == Phase.ACTIVE ? 201 : 409) : expert ? 404 : 403);
        m.put("declare-unassigned", office ? 201 : self ? (phase == Phase.ACTIVE ? 404 : 409) : expert ? 404 : 403);
        m.put("account-of-other", office ? 201 : 403);
        return m;
    }

    @Test
    void everyActorInEveryPhaseGetsExactlyItsAnswer() throws Exception {
        Filing filing = new Filing(mvc, calls, enterprises, users, clock);
        long callId = filing.openCall(null).id();
        List<String> wrong = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            for (Actor actor : Actor.values()) {
                Filing.Submitted assigned = filing.submitted(applications, callId, "420100", "产线" + uniqueName(""));
                Filing.Submitted unassigned = filing.submitted(applications, callId, "420500", "工厂" + uniqueName(""));
                ExpertDetails subject = pool.register(employedBy("湖北理工学院", null, null), OFFICER);
                String selfName = filing.account(Role.EXPERT, null, null);
                long selfId = users.findByUsername(selfName).orElseThrow().id();
                pool.linkAccount(subject.id(), selfId, OFFICER);
                assignments.assign(assigned.applicationId(), selfId, "officer-x");
                ExpertDetails other = pool.register(employedBy("湖北理工学院", null, null), OFFICER);
                String otherName = filing.account(Role.EXPERT, null, null);
                pool.linkAccount(other.id(), users.findByUsername(otherName).orElseThrow().id(), OFFICER);
                ExpertDetails withoutAccount = pool.register(employedBy("黄冈师范学院", null, null), OFFICER);
                if (phase == Phase.INACTIVE) {
                    pool.deactivate(subject.id(), "任期届满", OFFICER);
                }
                long version = pool.details(subject.id(), OFFICER).orElseThrow().version();
                CurrentUser person = switch (actor) {
                    case OFFICER -> Pool.user(1, "officer-matrix", Role.OFFICER);
                    case SELF -> Pool.user(selfId, selfName, Role.EXPERT);
                    case OTHER_EXPERT -> Pool.user(users.findByUsername(otherName).orElseThrow().id(), otherName,
                            Role.EXPERT);
                    case APPLICANT -> new CurrentUser(3, "applicant-m", "applicant-m", Set.of(Role.APPLICANT),
                            assigned.enterprise().id(), null, false);
                    case RECOMMENDER -> new CurrentUser(4, "recommender-m", "recommender-m",
                            Set.of(Role.RECOMMENDER), null, "420100", false);
                    case SYSTEM_ADMIN -> Pool.user(6, "sysadmin-m", Role.SYSTEM_ADMIN);
                };
                String base = "/api/v1/experts/" + subject.id();
                Map<String, MockHttpServletRequestBuilder> requests = new LinkedHashMap<>();
                requests.put("list", get("/api/v1/experts"));
                requests.put("get", get(base));
                requests.put("me", get("/api/v1/experts/me"));
                requests.put("create", json(post("/api/v1/experts"), """
                        {"name":"%s","employerName":"武汉纺织大学","title":"教授","modeCodes":["DISCRETE"]}"""
                        .formatted(uniqueName("矩阵"))));
                requests.put("update", json(put(base), """
                        {"name":"%s","employerName":"湖北理工学院","title":"副教授","modeCodes":["PROCESS"]}"""
                        .formatted(subject.expert().name())).header("If-Match", "\"" + version + "\""));
                requests.put(phase == Phase.ACTIVE ? "deactivate" : "activate",
                        json(post(base + (phase == Phase.ACTIVE ? "/deactivate" : "/activate")),
                                "{\"reason\":\"矩阵测试\"}"));
                requests.put("conflicts", get(base + "/conflicts"));
                requests.put("declare", json(post(base + "/conflicts"), """
                        {"applicationId":%d,"kind":"CONSULTING","text":"曾提供咨询"}"""
                        .formatted(assigned.applicationId())));
                requests.put("declare-unassigned", json(post(base + "/conflicts"), """
                        {"applicationId":%d,"kind":"RELATIVE"}""".formatted(unassigned.applicationId())));
                requests.put("account-of-other", post("/api/v1/experts/" + withoutAccount.id() + "/account"));

                Map<String, Integer> expected = expected(actor, phase);
                for (Map.Entry<String, MockHttpServletRequestBuilder> request : requests.entrySet()) {
                    int status = mvc.perform(request.getValue().with(csrf()).with(authentication(
                            UsernamePasswordAuthenticationToken.authenticated(person, null, person.authorities()))))
                            .andReturn().getResponse().getStatus();
                    if (status != expected.get(request.getKey())) {
                        wrong.add(phase + " " + actor + " " + request.getKey() + ": " + status + ", expected "
                                + expected.get(request.getKey()));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void brokenRulesAreAProblemWithTheirFieldsInChinese() throws Exception {
        CurrentUser officer = Pool.user(1, "officer-matrix", Role.OFFICER);
        String body = mvc.perform(json(post("/api/v1/experts"), "{\"name\":\"\",\"employerName\":\"某大学\","
                        + "\"title\":\"教授\",\"modeCodes\":[\"FLYING\"],\"divisionCode\":\"990000\"}")
                        .with(csrf()).with(authentication(UsernamePasswordAuthenticationToken.authenticated(officer,
                                null, officer.authorities()))).header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("\"field\":\"name\"").contains("请填写姓名。")
                .contains("\"field\":\"modeCodes\"").contains("没有代码为“FLYING”的智能制造模式。")
                .contains("\"field\":\"divisionCode\"");
        int noVersion = mvc.perform(json(put("/api/v1/experts/1"), "{}").with(csrf())
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(officer, null,
                        officer.authorities())))).andReturn().getResponse().getStatus();
        assertThat(noVersion).isEqualTo(428);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
