package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.Filed;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who reaches the intake, as a matrix with real logins: every role (and nobody) × every page and API endpoint, then
 * the officer × every application state outside and inside the province. Only officers reach the intake: every
 * other role is forbidden (403), a person not logged in is sent to the login page (the API answers 401); an
 * application that is not with the province is 404 for reading and deciding alike, and stays as it was.
 */
@ApplicationIntegrationTest
class IntakePermissionMatrixTest {

    enum Actor { OFFICER, RECOMMENDER_SAME_DIVISION, APPLICANT_OWNER, EXPERT, SYSTEM_ADMIN, SECURITY_ADMIN,
        AUDIT_ADMIN, ANONYMOUS }

    enum Endpoint { PAGE_CALLS, PAGE_QUEUE, PAGE_REVIEW, PAGE_DECIDE, API_QUEUE, API_REVIEWS, API_DECIDE }

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationService recommendations;
    @Autowired FormalReviews reviews;

    @Test
    void onlyOfficersReachTheIntakePagesAndApi() throws Exception {
        IntakeFixtures world = new IntakeFixtures(mvc, calls, enterprises, users, clock, applications, recommendations);
        CallSummary call = world.openCall();
        Filed filed = world.recommended(call.id(), "420100", "权限矩阵项目");

        Map<Actor, Cookie> sessions = new LinkedHashMap<>();
        sessions.put(Actor.OFFICER, world.login(world.officer()));
        sessions.put(Actor.RECOMMENDER_SAME_DIVISION, world.login(world.account(Role.RECOMMENDER, null, "420100")));
        sessions.put(Actor.APPLICANT_OWNER, world.login(filed.applicant()));
        sessions.put(Actor.EXPERT, world.login(world.account(Role.EXPERT, null, null)));
        sessions.put(Actor.SYSTEM_ADMIN, world.login(world.account(Role.SYSTEM_ADMIN, null, null)));
        sessions.put(Actor.SECURITY_ADMIN, world.login(world.account(Role.SECURITY_ADMIN, null, null)));
        sessions.put(Actor.AUDIT_ADMIN, world.login(world.account(Role.AUDIT_ADMIN, null, null)));
        sessions.put(Actor.ANONYMOUS, null);

        List<String> wrong = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Endpoint endpoint : Endpoint.values()) {
                MvcResult result = mvc.perform(request(endpoint, call.id(), filed.id(), sessions.get(actor)))
                        .andReturn();
                String answer = answer(result);
                String expected = expected(actor, endpoint);
                if (!answer.equals(expected)) {
                    wrong.add(actor + " × " + endpoint + ": " + answer + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
        // the officer's decisions in the matrix were invalid on purpose: nothing was decided
        assertThat(reviews.reviewsOf(filed.id())).isEmpty();
        assertThat(applications.find(filed.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.RECOMMENDED);
    }

    @Test
    void anApplicationNotWithTheProvinceIsNotFoundAndOneNotAwaitingReviewIsRefused() throws Exception {
        IntakeFixtures world = new IntakeFixtures(mvc, calls, enterprises, users, clock, applications, recommendations);
        CallSummary call = world.openCall();
        Cookie officer = world.login(world.officer());

        Map<String, Long> outside = new LinkedHashMap<>();
        outside.put("DRAFT", applications.create(call.id(), world.filing.enterprise("420100").id(), "someone").id());
        outside.put("SUBMITTED", world.submitted(call.id(), "420100", "已提交项目").id());
        long returned = world.submitted(call.id(), "420100", "退回项目").id();
        applications.decide(returned, ApplicationTransition.RETURN, "请补充材料", null, "recommender");
        outside.put("RETURNED", returned);
        Filed withdrawn = world.submitted(call.id(), "420100", "撤回项目");
        applications.withdraw(withdrawn.id(), withdrawn.scope(), "企业决定不再申报", withdrawn.applicant());
        outside.put("WITHDRAWN", withdrawn.id());
        long declined = world.submitted(call.id(), "420100", "不予推荐项目").id();
        applications.decide(declined, ApplicationTransition.DECLINE, "不符合推荐条件", null, "recommender");
        outside.put("NOT_RECOMMENDED", declined);
        outside.put("GUESSED", Long.MAX_VALUE);

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Long> e : outside.entrySet()) {
            long id = e.getValue();
            for (Endpoint endpoint : List.of(Endpoint.PAGE_REVIEW, Endpoint.API_REVIEWS)) {
                int status = mvc.perform(request(endpoint, call.id(), id, officer)).andReturn().getResponse()
                        .getStatus();
                if (status != 404) {
                    wrong.add(e.getKey() + " × " + endpoint + ": " + status);
                }
            }
            int page = mvc.perform(post("/intake/applications/" + id + "/decision").cookie(officer).with(csrf())
                    .param("outcome", "PASS").param("reviewedVersionNo", "1").param("reviewedStatus", e.getKey()))
                    .andReturn().getResponse().getStatus();
            int api = mvc.perform(post("/api/v1/intake/applications/" + id + "/decisions").cookie(officer).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"outcome":"PASS","reviewedVersionNo":1,"reviewedStatus":"%s"}""".formatted(e.getKey())))
                    .andReturn().getResponse().getStatus();
            if (page != 404 || api != 404) {
                wrong.add(e.getKey() + " × decide: page " + page + ", api " + api);
            }
            if (id != Long.MAX_VALUE) {
                assertThat(applications.find(id, ApplicationScope.ALL).orElseThrow().status().name())
                        .isEqualTo(e.getKey());
                assertThat(reviews.reviewsOf(id)).isEmpty();
            }
        }
        assertThat(wrong).isEmpty();

        // with the province, waiting for a correction whose deadline runs: the page shows it and the deadline
        // without a form; a decision is refused
        Filed waiting = world.recommended(call.id(), "420100", "待补正项目");
        reviews.decide(IntakeFixtures.correction(waiting.id(), 1, ApplicationStatus.RECOMMENDED, "补充",
                IntakeFixtures.DEFAULT_DUE_DATE, "INCOMPLETE"), IntakeFixtures.officer("officer"));
        String reviewPage = mvc.perform(request(Endpoint.PAGE_REVIEW, call.id(), waiting.id(), officer)).andReturn()
                .getResponse().getContentAsString();
        assertThat(reviewPage).contains("企业正在补正，补正期限为2026-05-08 23:59。")
                .doesNotContain("name=\"reviewedStatus\"");
        MvcResult refused = mvc.perform(post("/intake/applications/" + waiting.id() + "/decision").cookie(officer)
                .with(csrf()).param("outcome", "PASS").param("reviewedVersionNo", "1")
                .param("reviewedStatus", "CORRECTION_REQUESTED")).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/intake/applications/" + waiting.id());
        assertThat(refused.getFlashMap().get("error"))
                .isEqualTo("补正期限为2026-05-08 23:59，尚未届满，企业仍可提交补正材料；期限届满前不能作出形式审查结论。");
        assertThat(reviews.reviewsOf(waiting.id())).hasSize(1);
    }

    private static MockHttpServletRequestBuilder request(Endpoint endpoint, long callId, long id, Cookie session) {
        MockHttpServletRequestBuilder request = switch (endpoint) {
            case PAGE_CALLS -> get("/intake");
            case PAGE_QUEUE -> get("/intake").param("call", String.valueOf(callId));
            case PAGE_REVIEW -> get("/intake/applications/" + id);
            // no outcome: an officer gets the form back with its error, and nothing is decided
            case PAGE_DECIDE -> post("/intake/applications/" + id + "/decision").with(csrf())
                    .param("reviewedVersionNo", "1").param("reviewedStatus", "RECOMMENDED");
            case API_QUEUE -> get("/api/v1/intake/calls/" + callId + "/queue");
            case API_REVIEWS -> get("/api/v1/intake/applications/" + id + "/reviews");
            case API_DECIDE -> post("/api/v1/intake/applications/" + id + "/decisions").with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reviewedVersionNo\":1}");
        };
        return session == null ? request : request.cookie(session);
    }

    private static String expected(Actor actor, Endpoint endpoint) {
        boolean api = endpoint.name().startsWith("API_");
        return switch (actor) {
            case OFFICER -> endpoint == Endpoint.API_DECIDE ? "422" : "200";
            case ANONYMOUS -> api ? "401" : "login";
            default -> "403";
        };
    }

    private static String answer(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        if (result.getResponse().getStatus() == 302 && location != null && location.endsWith("/login")) {
            return "login";
        }
        return String.valueOf(result.getResponse().getStatus());
    }
}
