package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Who may do what with which application, as a matrix: every actor (applicant of the same and of another
 * enterprise, recommender of the same and of another division, officer, expert, each administrator) × every
 * application state (draft, submitted, withdrawn, returned, and a guessed id that does not exist) × every action
 * (read, page, edit, submit, withdraw, versions, files, and every way to the working draft: a section, the draft's
 * .docx and PDF, its comparison in the API and on the page, the section page), through the JSON API and the pages
 * with real logins. The draft is the enterprise's own work: the recommender and the programme office see submitted
 * versions only, and an application never submitted does not exist for them. Outside one's scope the answer is 404 — exactly as for the guessed id — never 403; inside it, a change the
 * role may not make is 403 and one the status does not allow is 409. A cell that should succeed gets a fresh
 * application, so that cells never depend on each other.
 */
@ApplicationIntegrationTest
class ApplicationPermissionMatrixTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    enum Actor { APPLICANT_SAME, APPLICANT_OTHER, RECOMMENDER_SAME, RECOMMENDER_OTHER, OFFICER, EXPERT, SYSTEM_ADMIN,
        SECURITY_ADMIN, AUDIT_ADMIN }

    enum State { DRAFT, SUBMITTED, WITHDRAWN, RETURNED, GUESSED }

    enum Action { READ, PAGE, EDIT, SUBMIT, WITHDRAW, VERSIONS, FILES, SECTION, DRAFT_DOCX, DRAFT_PDF, DRAFT_COMPARISON,
        DRAFT_COMPARE_PAGE, SECTION_PAGE }

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired JdbcClient jdbc;

    Filing filing;
    CallSummary call;
    Enterprise enterprise;
    String owner;

    @Test
    void everyActorSeesAndDoesExactlyWhatItsScopeRoleAndTheStatusAllow() throws Exception {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        call = filing.openCall(null);
        enterprise = filing.enterprise("420100");
        owner = filing.applicantOf(enterprise);
        Enterprise other = filing.enterprise("420100");

        Map<Actor, Cookie> sessions = new LinkedHashMap<>();
        sessions.put(Actor.APPLICANT_SAME, filing.login(owner));
        sessions.put(Actor.APPLICANT_OTHER, filing.login(filing.applicantOf(other)));
        sessions.put(Actor.RECOMMENDER_SAME, filing.login(filing.account(Role.RECOMMENDER, null, "420100")));
        sessions.put(Actor.RECOMMENDER_OTHER, filing.login(filing.account(Role.RECOMMENDER, null, "420500")));
        sessions.put(Actor.OFFICER, filing.login(filing.account(Role.OFFICER, null, null)));
        sessions.put(Actor.EXPERT, filing.login(filing.account(Role.EXPERT, null, null)));
        sessions.put(Actor.SYSTEM_ADMIN, filing.login(filing.account(Role.SYSTEM_ADMIN, null, null)));
        sessions.put(Actor.SECURITY_ADMIN, filing.login(filing.account(Role.SECURITY_ADMIN, null, null)));
        sessions.put(Actor.AUDIT_ADMIN, filing.login(filing.account(Role.AUDIT_ADMIN, null, null)));

        Map<State, Long> shared = new LinkedHashMap<>();
        for (State state : State.values()) {
            shared.put(state, anApplicationIn(state));
        }

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Actor actor : Actor.values()) {
            for (State state : State.values()) {
                for (Action action : Action.values()) {
                    int expected = expected(actor, state, action);
                    boolean changes = action == Action.EDIT || action == Action.SUBMIT || action == Action.WITHDRAW;
                    long id = changes && expected == 200 ? anApplicationIn(state) : shared.get(state);
                    int actual = perform(sessions.get(actor), action, id);
                    cells++;
                    if (actual != expected) {
                        wrong.add(actor + " × " + state + " × " + action + ": expected " + expected + ", got " + actual);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cells).isEqualTo(9 * 5 * 13);
        // the denied cells changed nothing: the shared applications are as they were made
        assertThat(applications.find(shared.get(State.DRAFT), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.DRAFT);
        assertThat(applications.find(shared.get(State.SUBMITTED), ApplicationScope.ALL).orElseThrow().lastVersionNo())
                .isEqualTo(1);
        assertThat(applications.find(shared.get(State.RETURNED), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.RETURNED);
    }

    /** The expected HTTP status of one cell. */
    static int expected(Actor actor, State state, Action action) {
        boolean inScope = switch (actor) {
            case APPLICANT_SAME -> state != State.GUESSED;
            // submitted at least once: the officer sees the frozen versions, never a draft
            case OFFICER -> state == State.SUBMITTED || state == State.WITHDRAWN || state == State.RETURNED;
            case RECOMMENDER_SAME -> state == State.SUBMITTED || state == State.RETURNED;
            default -> false;
        };
        if (!inScope) {
            return 404;
        }
        boolean sameApplicant = actor == Actor.APPLICANT_SAME;
        return switch (action) {
            // the recommender's and the officer's overview page leads to the submitted version
            case PAGE -> !sameApplicant ? 302 : 200;
            case READ, VERSIONS, FILES -> 200;
            // the working draft, however it is asked for: the enterprise's only
            case SECTION, DRAFT_COMPARISON, DRAFT_COMPARE_PAGE, SECTION_PAGE -> sameApplicant ? 200 : 404;
            // the fixture's figures are placeholders that no renderer reads: the enterprise reaches its draft's
            // document and is told it cannot be produced (409, the page sends it back: 303); everyone else 404
            case DRAFT_DOCX -> sameApplicant ? 409 : 404;
            case DRAFT_PDF -> sameApplicant ? 303 : 404;
            case EDIT -> !sameApplicant ? 403 : state == State.DRAFT || state == State.RETURNED ? 200 : 409;
            case SUBMIT -> !sameApplicant ? 403 : state == State.DRAFT || state == State.RETURNED ? 200 : 409;
            case WITHDRAW -> !sameApplicant ? 403 : state == State.SUBMITTED ? 200 : 409;
        };
    }

    private int perform(Cookie session, Action action, long id) throws Exception {
        String api = "/api/v1/applications/" + id;
        MockHttpServletRequestBuilder request = switch (action) {
            case READ -> get(api);
            case PAGE -> get("/applications/" + id);
            case EDIT -> put(api + "/sections/overview").header("If-Match", "\"" + overviewVersion(id) + "\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(JSON.writeValueAsString(new SectionContent.Narrative("矩阵测试修改")));
            // a returned application is resubmitted unchanged here: confirmed, so that the cell is about permissions
            case SUBMIT -> post(api + "/submit").param("confirmUnchanged", "true")
                    .header("Idempotency-Key", "matrix-" + System.nanoTime());
            case WITHDRAW -> post(api + "/withdraw").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"矩阵测试撤回\"}");
            case VERSIONS -> get(api + "/versions");
            case FILES -> get(api + "/attachments");
            case SECTION -> get(api + "/sections/overview");
            case DRAFT_DOCX -> get(api + "/documents/application.docx").param("draft", "true");
            case DRAFT_PDF -> get("/applications/" + id + "/documents/application.pdf").param("draft", "true");
            case DRAFT_COMPARISON -> get(api + "/comparison").param("left", "0").param("right", "0");
            case DRAFT_COMPARE_PAGE -> get("/applications/" + id + "/compare").param("left", "0")
                    .param("right", "0");
            case SECTION_PAGE -> get("/applications/" + id + "/sections/overview");
        };
        return mvc.perform(request.cookie(session).with(csrf())).andReturn().getResponse().getStatus();
    }

    private int overviewVersion(long id) {
        return jdbc.sql("select coalesce(max(version), 0) from application_section where application_id = ? "
                + "and section_key = 'overview'").param(id).query(Integer.class).single();
    }

    /** A complete application of the owner's enterprise in a state; a guessed id that no application has. */
    private long anApplicationIn(State state) {
        if (state == State.GUESSED) {
            return jdbc.sql("select coalesce(max(id), 0) + 100000 from project_application").query(Long.class).single();
        }
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        long id = applications.create(call.id(), enterprise.id(), owner).id();
        Filing.complete(applications, id, enterprise.id(), owner);
        if (state == State.DRAFT) {
            return id;
        }
        applications.submit(id, scope, "setup-" + id, owner);
        switch (state) {
            case WITHDRAWN -> applications.withdraw(id, scope, "不再申报", owner);
            case RETURNED -> Deciding.decide(applications, id, ApplicationTransition.RETURN, "请补充", null, "wuhan");
            default -> {
            }
        }
        return id;
    }
}
