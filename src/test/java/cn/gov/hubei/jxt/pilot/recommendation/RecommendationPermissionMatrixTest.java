package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Who reaches what, with real logins: roles × endpoints of the pages and the API, and for the actions the list's
 * phase (open / submitted / deadline passed) as a third axis. A recommender works in its own division only (another
 * division's application or list is 404, as one that does not exist), and only while its list is open and the
 * deadline not passed (after that its actions are refused: 409, or the page again with the reason); applicants,
 * experts and administrators are refused (403); the programme office reads every list and reopens a submitted one.
 */
@ApplicationIntegrationTest
class RecommendationPermissionMatrixTest {

    static final String WUHAN = "420100";
    static final String HUANGSHI = "420200";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;

    Recommending fixture;
    CallSummary call;
    long id;
    Map<String, Cookie> sessions = new LinkedHashMap<>();

    @BeforeEach
    void everyRole() throws Exception {
        fixture = new Recommending(mvc, calls, enterprises, users, clock, applications, service);
        call = fixture.call(null);
        var app = fixture.plain(call, WUHAN, "权限矩阵项目");
        id = app.applicationId();
        sessions.put("applicant", fixture.login(app.applicant()));
        sessions.put("recommender", fixture.login(fixture.recommender(WUHAN)));
        sessions.put("otherRecommender", fixture.login(fixture.recommender(HUANGSHI)));
        sessions.put("officer", fixture.login(fixture.account(Role.OFFICER, null, null)));
        sessions.put("expert", fixture.login(fixture.account(Role.EXPERT, null, null)));
        sessions.put("systemAdmin", fixture.login(fixture.account(Role.SYSTEM_ADMIN, null, null)));
    }

    record Case(String name, Supplier<AbstractMockHttpServletRequestBuilder<?>> request,
                Map<String, Integer> expected) {
    }

    static Map<String, Integer> expect(int applicant, int recommender, int otherRecommender, int officer,
                                       int expert, int systemAdmin) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("applicant", applicant);
        m.put("recommender", recommender);
        m.put("otherRecommender", otherRecommender);
        m.put("officer", officer);
        m.put("expert", expert);
        m.put("systemAdmin", systemAdmin);
        return m;
    }

    List<Case> cases() {
        String c = String.valueOf(call.id());
        String api = "/api/v1/recommendation";
        return List.of(
                new Case("workspace page", () -> get("/recommendation").param("call", c),
                        expect(403, 200, 200, 403, 403, 403)),
                new Case("pre-check page", () -> get("/recommendation/applications/" + id),
                        expect(403, 200, 404, 200, 403, 403)),
                new Case("ranking page", () -> get("/recommendation/ranking").param("call", c),
                        expect(403, 200, 200, 403, 403, 403)),
                new Case("overview page", () -> get("/recommendation/overview").param("call", c),
                        expect(403, 403, 403, 200, 403, 403)),
                new Case("Wuhan's list page", () -> get("/recommendation/lists/" + WUHAN).param("call", c),
                        expect(403, 200, 404, 200, 403, 403)),
                new Case("summary table", () -> get("/recommendation/ranking/summary.docx").param("call", c),
                        expect(403, 200, 200, 403, 403, 403)),
                new Case("decline by page", () -> post("/recommendation/applications/" + id + "/decline")
                        .param("reason", ""), expect(403, 200, 404, 403, 403, 403)),
                new Case("reopen by page", () -> post("/recommendation/lists/" + WUHAN + "/reopen").param("call", c)
                        .param("reason", "矩阵"), expect(403, 403, 403, 302, 403, 403)),
                new Case("workspace API", () -> get(api + "/calls/" + c + "/applications"),
                        expect(403, 200, 200, 403, 403, 403)),
                new Case("pre-check API", () -> get(api + "/applications/" + id),
                        expect(403, 200, 404, 200, 403, 403)),
                new Case("pre-check save API", () -> put(api + "/applications/" + id + "/precheck")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"items\":[]}"),
                        expect(403, 422, 404, 403, 403, 403)),
                new Case("recommend API", () -> post(api + "/applications/" + id + "/recommend"),
                        expect(403, 409, 404, 403, 403, 403)),
                new Case("ranking API", () -> get(api + "/calls/" + c + "/ranking"),
                        expect(403, 200, 200, 403, 403, 403)),
                new Case("overview API", () -> get(api + "/calls/" + c + "/overview"),
                        expect(403, 403, 403, 200, 403, 403)),
                new Case("recommended API", () -> get(api + "/calls/" + c + "/recommended"),
                        expect(403, 403, 403, 200, 403, 403)),
                new Case("Wuhan's list API", () -> get(api + "/calls/" + c + "/lists/" + WUHAN),
                        expect(403, 200, 404, 200, 403, 403)),
                new Case("reopen API", () -> post(api + "/calls/" + c + "/lists/" + WUHAN + "/reopen")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"矩阵\"}"),
                        expect(403, 403, 403, 409, 403, 403)));
    }

    @Test
    void eachRoleReachesExactlyWhatItMay() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Case testCase : cases()) {
            for (Map.Entry<String, Integer> expected : testCase.expected().entrySet()) {
                int status = mvc.perform(testCase.request().get().cookie(sessions.get(expected.getKey())).with(csrf()))
                        .andReturn().getResponse().getStatus();
                if (status != expected.getValue()) {
                    mismatches.add(testCase.name() + " as " + expected.getKey() + ": " + status + " (expected "
                            + expected.getValue() + ")");
                }
            }
        }
        assertThat(mismatches).isEmpty();
        // nothing the refused callers sent changed the application
        assertThat(applications.find(id, ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    // ------------------------------------------------------------------------------------------ phase axis

    /** The list's phases: open, submitted to the province, deadline passed (not submitted). */
    enum Phase { OPEN, SUBMITTED, DEADLINE_PASSED }

    /** Puts Wuhan's list of the call in the phase; the application {@link #id} still waits for a decision. */
    void enter(Phase phase) {
        switch (phase) {
            case OPEN -> {
            }
            case SUBMITTED -> {
                var other = fixture.plain(call, WUHAN, "权限矩阵已推荐项目");
                String recommender = "matrix-recommender";
                fixture.recommend(other.applicationId(), WUHAN, recommender);
                service.submit(call.id(), WUHAN, "matrix-" + call.id(), "盖章.pdf",
                        new java.io.ByteArrayInputStream(SentToProvince.SCAN), true, recommender);
            }
            case DEADLINE_PASSED -> clock.set(Recommending.DEADLINE.plusDays(1));
        }
    }

    /**
     * The actions × roles in a phase (applicant, recommender, other division's recommender, officer, expert,
     * administrator). The reasons posted are empty where a success would change what the next case sees: an empty
     * reason is told only once the phase allowed the action (200 page again / 422), else the refusal (302 / 409).
     */
    List<Case> actions(Phase phase) {
        String c = String.valueOf(call.id());
        String api = "/api/v1/recommendation";
        boolean open = phase == Phase.OPEN;
        boolean submitted = phase == Phase.SUBMITTED;
        return List.of(
                new Case("workspace page", () -> get("/recommendation").param("call", c),
                        expect(403, 200, 200, 403, 403, 403)),
                new Case("ranking page", () -> get("/recommendation/ranking").param("call", c),
                        expect(403, 200, 200, 403, 403, 403)),
                new Case("decline by page", () -> post("/recommendation/applications/" + id + "/decline")
                        .param("reason", ""), expect(403, open ? 200 : 302, 404, 403, 403, 403)),
                new Case("decline API", () -> post(api + "/applications/" + id + "/decline")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"),
                        expect(403, open ? 422 : 409, 404, 403, 403, 403)),
                new Case("recommend API", () -> post(api + "/applications/" + id + "/recommend"),
                        expect(403, 409, 404, 403, 403, 403)),
                new Case("pre-check save API", () -> put(api + "/applications/" + id + "/precheck")
                        .contentType(MediaType.APPLICATION_JSON).content(allMet()),
                        expect(403, open ? 200 : 409, 404, 403, 403, 403)),
                new Case("order API", () -> put(api + "/calls/" + c + "/ranking/order")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":-1,\"applicationIds\":[]}"),
                        expect(403, 409, 409, 403, 403, 403)),
                new Case("submission API", () -> multipart(api + "/calls/" + c + "/submission")
                        .header("Idempotency-Key", "matrix-" + phase), expect(403, 409, 409, 403, 403, 403)),
                new Case("reopen API", () -> post(api + "/calls/" + c + "/lists/" + WUHAN + "/reopen")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"矩阵\"}"),
                        expect(403, 403, 403, submitted ? 200 : 409, 403, 403)),
                new Case("reopen by page", () -> post("/recommendation/lists/" + WUHAN + "/reopen").param("call", c)
                        .param("reason", "矩阵"), expect(403, 403, 403, 302, 403, 403)));
    }

    @Test
    void whileTheListIsOpenTheRecommenderActs() throws Exception {
        assertPhase(Phase.OPEN, List.of("precheck", "recommend", "return", "decline"));
    }

    @Test
    void onceTheListIsSubmittedOnlyTheOfficerActsByReopeningIt() throws Exception {
        assertPhase(Phase.SUBMITTED, List.of());
    }

    @Test
    void afterTheDeadlineTheRecommenderNoLongerActs() throws Exception {
        assertPhase(Phase.DEADLINE_PASSED, List.of());
    }

    private void assertPhase(Phase phase, List<String> recommendersActions) throws Exception {
        enter(phase);
        // the actions the API offers the recommender on the application, in this phase
        String review = mvc.perform(get("/api/v1/recommendation/applications/" + id)
                        .cookie(sessions.get("recommender"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(review)
                .get("allowedActions").valueStream().map(n -> n.asString()).toList())
                .as(phase.name()).isEqualTo(recommendersActions);
        List<String> mismatches = new ArrayList<>();
        for (Case testCase : actions(phase)) {
            for (Map.Entry<String, Integer> expected : testCase.expected().entrySet()) {
                int status = mvc.perform(testCase.request().get().cookie(sessions.get(expected.getKey())).with(csrf()))
                        .andReturn().getResponse().getStatus();
                if (status != expected.getValue()) {
                    mismatches.add(phase + ": " + testCase.name() + " as " + expected.getKey() + ": " + status
                            + " (expected " + expected.getValue() + ")");
                }
            }
        }
        assertThat(mismatches).isEmpty();
        // nothing the refused callers sent decided the application
        assertThat(applications.find(id, ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    private static String allMet() {
        StringBuilder items = new StringBuilder();
        for (int c = 1; c <= 8; c++) {
            items.append(c == 1 ? "" : ",").append("{\"condition\":").append(c).append(",\"verdict\":\"MET\"}");
        }
        return "{\"items\":[" + items + "]}";
    }

    @Test
    void withoutLoginThePagesLeadToTheLoginAndTheApiAnswers401() throws Exception {
        assertThat(mvc.perform(get("/recommendation")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/api/v1/recommendation/calls/" + call.id() + "/overview")).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
    }
}
