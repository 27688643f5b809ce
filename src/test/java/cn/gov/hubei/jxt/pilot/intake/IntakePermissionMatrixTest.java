package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.Deciding;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
    @Autowired cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps recommendations;
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
        Deciding.decide(applications, returned, ApplicationTransition.RETURN, "请补充材料", null, "recommender");
        outside.put("RETURNED", returned);
        Filed withdrawn = world.submitted(call.id(), "420100", "撤回项目");
        applications.withdraw(withdrawn.id(), withdrawn.scope(), "企业决定不再申报", withdrawn.applicant());
        outside.put("WITHDRAWN", withdrawn.id());
        long declined = world.submitted(call.id(), "420100", "不予推荐项目").id();
        Deciding.decide(applications, declined, ApplicationTransition.DECLINE, "不符合推荐条件", null, "recommender");
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

    /** Where the application stands when someone acts on it. */
    enum Phase { LIST_OPEN, AWAITING_REVIEW, CORRECTION_REQUESTED, CORRECTION_OVERDUE, PASSED, FAILED }

    enum Person { APPLICANT, RECOMMENDER, OFFICER, ADMINISTRATOR, EXPERT }

    enum Action { PAGE_QUEUE, PAGE_REVIEW, PAGE_DECIDE, API_QUEUE, API_REVIEWS, API_DECIDE }

    /** An application in a phase: the page decides on {@code pageId}, the API on {@code apiId} (the same if refused). */
    record Subject(String division, Filed page, Filed api) {
    }

    /**
     * The phase axis: the division's list open or submitted; the application awaiting review, waiting for a correction,
     * its correction deadline passed, passed, failed × the five kinds of people × every page and API action, each with
     * a valid 不通过 decision. Only the officer reaches the intake, and decides only while the application awaits review
     * or its correction is overdue; in the other phases the decision is refused (the page says why, the API answers
     * 409), and an application of a list not submitted is not found.
     */
    @Test
    void theOfficerDecidesOnlyWhileTheApplicationAwaitsReviewOrItsCorrectionIsOverdue() throws Exception {
        IntakeFixtures world = new IntakeFixtures(mvc, calls, enterprises, users, clock, applications, recommendations);
        CallSummary call = world.openCall();
        Map<Phase, Subject> subjects = new LinkedHashMap<>();
        Filed reopened = world.recommended(call.id(), "420200", "名单已重新打开的项目");
        recommendations.reopen(call.id(), "420200", "补充推荐项目", null, "officer");
        subjects.put(Phase.LIST_OPEN, new Subject("420200", reopened, reopened));
        subjects.put(Phase.AWAITING_REVIEW, new Subject("420100", world.recommended(call.id(), "420100", "待审查项目甲"),
                world.recommended(call.id(), "420100", "待审查项目乙")));
        Filed pending = world.recommended(call.id(), "420300", "补正中的项目");
        subjects.put(Phase.CORRECTION_REQUESTED, new Subject("420300", pending, pending));
        Filed overduePage = world.recommended(call.id(), "420500", "逾期未补正项目甲");
        Filed overdueApi = world.recommended(call.id(), "420500", "逾期未补正项目乙");
        subjects.put(Phase.CORRECTION_OVERDUE, new Subject("420500", overduePage, overdueApi));
        Filed passed = world.recommended(call.id(), "420600", "已通过的项目");
        subjects.put(Phase.PASSED, new Subject("420600", passed, passed));
        Filed failed = world.recommended(call.id(), "420700", "未通过的项目");
        subjects.put(Phase.FAILED, new Subject("420700", failed, failed));

        CurrentUser officer = IntakeFixtures.officer("officer-matrix");
        reviews.decide(IntakeFixtures.correction(pending.id(), 1, ApplicationStatus.RECOMMENDED, "补充审计报告",
                IntakeFixtures.DEFAULT_DUE_DATE, "INCOMPLETE"), officer);
        for (Filed f : List.of(overduePage, overdueApi)) {
            reviews.decide(IntakeFixtures.correction(f.id(), 1, ApplicationStatus.RECOMMENDED, "补充信用报告",
                    IntakeFixtures.NOW.toLocalDate().plusDays(1), "POOR_CREDIT"), officer);
        }
        reviews.decide(IntakeFixtures.pass(passed.id(), 1, ApplicationStatus.RECOMMENDED), officer);
        reviews.decide(IntakeFixtures.fail(failed.id(), 1, ApplicationStatus.RECOMMENDED, null, "DUPLICATE"), officer);
        // two days later: the correction due the next day is overdue, the one due 2026-05-08 still runs
        clock.set(IntakeFixtures.NOW.plusDays(2));

        Cookie officerSession = world.login(world.officer());
        Cookie administrator = world.login(world.account(Role.SYSTEM_ADMIN, null, null));
        Cookie expert = world.login(world.account(Role.EXPERT, null, null));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Phase, Subject> e : subjects.entrySet()) {
            Subject subject = e.getValue();
            Map<Person, Cookie> people = new LinkedHashMap<>();
            people.put(Person.APPLICANT, world.login(subject.page().applicant()));
            people.put(Person.RECOMMENDER, world.login(world.account(Role.RECOMMENDER, null, subject.division())));
            people.put(Person.ADMINISTRATOR, administrator);
            people.put(Person.EXPERT, expert);
            people.put(Person.OFFICER, officerSession); // last: its decisions change the application
            for (Map.Entry<Person, Cookie> p : people.entrySet()) {
                for (Action action : Action.values()) {
                    Filed target = action == Action.API_DECIDE ? subject.api() : subject.page();
                    String status = applications.find(target.id(), ApplicationScope.ALL).orElseThrow().status().name();
                    MvcResult result = mvc.perform(phaseRequest(action, call.id(), target.id(), status, p.getValue()))
                            .andReturn();
                    String answer = phaseAnswer(result);
                    String expected = expected(e.getKey(), p.getKey(), action);
                    if (!answer.equals(expected)) {
                        wrong.add(e.getKey() + " × " + p.getKey() + " × " + action + ": " + answer + ", expected "
                                + expected);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();

        assertThat(subjects.values().stream().flatMap(s -> java.util.stream.Stream.of(s.page(), s.api())).distinct()
                .map(f -> applications.find(f.id(), ApplicationScope.ALL).orElseThrow().status()))
                .containsExactly(ApplicationStatus.RECOMMENDED, ApplicationStatus.FORMAL_FAILED,
                        ApplicationStatus.FORMAL_FAILED, ApplicationStatus.CORRECTION_REQUESTED,
                        ApplicationStatus.FORMAL_FAILED, ApplicationStatus.FORMAL_FAILED,
                        ApplicationStatus.FORMAL_PASSED, ApplicationStatus.FORMAL_FAILED);
    }

    @Test
    void theFormalReviewItselfRefusesADecisionOfSomeoneWhoDoesNotActForTheProgrammeOffice() {
        IntakeFixtures world = new IntakeFixtures(mvc, calls, enterprises, users, clock, applications, recommendations);
        CallSummary call = world.openCall();
        Filed filed = world.recommended(call.id(), "420100", "服务自身检查权限的项目");
        CurrentUser administratorWithOfficerRole = new CurrentUser(0, "admin-officer", "admin-officer",
                java.util.Set.of(Role.OFFICER, Role.SYSTEM_ADMIN), null, null, false);
        CurrentUser recommender = new CurrentUser(0, "recommender-420100", "recommender-420100",
                java.util.Set.of(Role.RECOMMENDER), null, "420100", false);
        for (CurrentUser user : List.of(administratorWithOfficerRole, recommender)) {
            assertThatThrownBy(() -> reviews.decide(IntakeFixtures.pass(filed.id(), 1, ApplicationStatus.RECOMMENDED),
                    user)).isInstanceOfSatisfying(FormalReviewRefusedException.class,
                    e -> assertThat(e.code()).isEqualTo("intake.decide.not-officer"));
        }
        assertThat(reviews.reviewsOf(filed.id())).isEmpty();
        assertThat(applications.find(filed.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.RECOMMENDED);
    }

    private static MockHttpServletRequestBuilder phaseRequest(Action action, long callId, long id, String status,
                                                              Cookie session) {
        MockHttpServletRequestBuilder request = switch (action) {
            case PAGE_QUEUE -> get("/intake").param("call", String.valueOf(callId));
            case PAGE_REVIEW -> get("/intake/applications/" + id);
            case PAGE_DECIDE -> post("/intake/applications/" + id + "/decision").with(csrf())
                    .param("outcome", "FAIL").param("reasons", "INCOMPLETE").param("text", "材料不全")
                    .param("reviewedVersionNo", "1").param("reviewedStatus", status);
            case API_QUEUE -> get("/api/v1/intake/calls/" + callId + "/queue");
            case API_REVIEWS -> get("/api/v1/intake/applications/" + id + "/reviews");
            case API_DECIDE -> post("/api/v1/intake/applications/" + id + "/decisions").with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"outcome":"FAIL","reasons":["INCOMPLETE"],"text":"材料不全","reviewedVersionNo":1,
                             "reviewedStatus":"%s"}""".formatted(status));
        };
        return request.cookie(session);
    }

    private static String expected(Phase phase, Person person, Action action) {
        if (person != Person.OFFICER) {
            return "403";
        }
        if (action == Action.PAGE_QUEUE || action == Action.API_QUEUE) {
            return "200";
        }
        if (phase == Phase.LIST_OPEN) {
            return "404";
        }
        boolean decides = phase == Phase.AWAITING_REVIEW || phase == Phase.CORRECTION_OVERDUE;
        return switch (action) {
            case PAGE_DECIDE -> decides ? "302 success" : "302 error";
            case API_DECIDE -> decides ? "201" : "409";
            default -> "200";
        };
    }

    /** The status, and for a page's decision also what the page it returns to says (success, warning or error). */
    private static String phaseAnswer(MvcResult result) {
        int status = result.getResponse().getStatus();
        if (status == 302 && result.getResponse().getRedirectedUrl() != null
                && result.getResponse().getRedirectedUrl().startsWith("/intake/applications/")) {
            return status + " " + result.getFlashMap().keySet().stream().sorted().findFirst().orElse("none");
        }
        return String.valueOf(status);
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
