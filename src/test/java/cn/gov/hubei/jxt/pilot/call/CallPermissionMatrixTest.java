package cn.gov.hubei.jxt.pilot.call;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Who may do what with calls, as a matrix: every route of the call module (pages and API) × every actor × the call's
 * phase (draft, published, filing open, filing closed), with real logins. The pages are the programme office's
 * only; every business role reads announced calls through the API, never a draft (404, as for no call at all); the
 * three administrators see no calls; an anonymous visitor is sent to the login page, or told 401 by the API. A cell
 * that should change the call gets a fresh one, so that cells never depend on each other.
 */
@ApplicationIntegrationTest
class CallPermissionMatrixTest {

    enum Actor { ANONYMOUS, APPLICANT, MANAGER, APPLICANT_OTHER, RECOMMENDER, OFFICER, SYSTEM_ADMIN, SECURITY_ADMIN,
        AUDIT_ADMIN, EXPERT }

    enum Phase { DRAFT, PUBLISHED, FILING_OPEN, FILING_CLOSED }

    enum Route { PAGE_LIST, PAGE_NEW, PAGE_CREATE, PAGE_DETAIL, PAGE_EDIT, PAGE_SAVE, PAGE_PUBLISH, PAGE_CANCEL,
        API_LIST, API_GET, API_CREATE, API_UPDATE, API_PUBLISH, API_CANCEL }

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;

    @Test
    void everyActorReachesExactlyTheRoutesItsRoleAndTheCallsPhaseAllow() throws Exception {
        Filing filing = new Filing(mvc, calls, enterprises, users, clock);
        filing.openCall(null);
        Enterprise enterprise = filing.enterprise("420100");
        String manager = filing.applicantOf(enterprise);
        enterprises.addMember(enterprise.id(), users.findByUsername(manager).orElseThrow().id(), true);
        Enterprise other = filing.enterprise("420500");

        Map<Actor, Cookie> sessions = new LinkedHashMap<>();
        sessions.put(Actor.ANONYMOUS, null);
        sessions.put(Actor.APPLICANT, filing.login(filing.applicantOf(enterprise)));
        sessions.put(Actor.MANAGER, filing.login(manager));
        sessions.put(Actor.APPLICANT_OTHER, filing.login(filing.applicantOf(other)));
        sessions.put(Actor.RECOMMENDER, filing.login(filing.account(Role.RECOMMENDER, null, "420100")));
        sessions.put(Actor.OFFICER, filing.login(filing.account(Role.OFFICER, null, null)));
        sessions.put(Actor.SYSTEM_ADMIN, filing.login(filing.account(Role.SYSTEM_ADMIN, null, null)));
        sessions.put(Actor.SECURITY_ADMIN, filing.login(filing.account(Role.SECURITY_ADMIN, null, null)));
        sessions.put(Actor.AUDIT_ADMIN, filing.login(filing.account(Role.AUDIT_ADMIN, null, null)));
        sessions.put(Actor.EXPERT, filing.login(filing.account(Role.EXPERT, null, null)));

        Map<Phase, CallSummary> shared = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            shared.put(phase, aCallIn(phase));
        }

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<Actor, Cookie> actor : sessions.entrySet()) {
            for (Phase phase : Phase.values()) {
                for (Route route : Route.values()) {
                    int expected = expected(actor.getKey(), phase, route);
                    CallSummary call = changes(route) && actor.getKey() == Actor.OFFICER ? aCallIn(phase)
                            : shared.get(phase);
                    int actual = perform(actor.getValue(), route, call);
                    cells++;
                    if (actual != expected) {
                        wrong.add(actor.getKey() + " × " + phase + " × " + route + ": expected " + expected
                                + ", got " + actual);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cells).isEqualTo(10 * 4 * 14);
        // the cells that were refused changed nothing
        for (Phase phase : Phase.values()) {
            CallSummary now = calls.find(shared.get(phase).id()).orElseThrow();
            assertThat(now.status().name()).as(phase.name()).isEqualTo(phase.name());
            assertThat(now.version()).as(phase.name()).isEqualTo(shared.get(phase).version());
        }
    }

    @Test
    void theServiceItselfLetsOnlyTheProgrammeOfficeChangeCalls() {
        clock.set(Filing.NOW);
        CallSummary draft = calls.create(CallFixtures.aCallOpeningAt(Filing.NOW.plusDays(10)).build(), "matrix-test");
        for (Role role : Role.values()) {
            if (role == Role.OFFICER) {
                continue;
            }
            CurrentUser someone = new CurrentUser(0, "matrix-" + role, "matrix", Set.of(role), null, null, false);
            assertThatThrownBy(() -> calls.publish(draft.id(), someone)).as(role.name())
                    .isInstanceOfSatisfying(CallActionRefusedException.class,
                            e -> assertThat(e.code()).isEqualTo("call.manage.refused"));
            assertThatThrownBy(() -> calls.create(CallFixtures.aCallOpeningAt(Filing.NOW.plusDays(10)).build(),
                    someone)).as(role.name()).isInstanceOf(CallActionRefusedException.class);
        }
        // an officer who is also an administrator (三员分立) does not act for the programme office
        CurrentUser officerAndAdmin = new CurrentUser(0, "matrix-both", "matrix",
                Set.of(Role.OFFICER, Role.SYSTEM_ADMIN), null, null, false);
        assertThatThrownBy(() -> calls.cancel(draft.id(), "矩阵测试", officerAndAdmin))
                .isInstanceOf(CallActionRefusedException.class);
        assertThat(calls.find(draft.id()).orElseThrow().status()).isEqualTo(CallStatus.DRAFT);

        CurrentUser officer = new CurrentUser(0, "matrix-officer", "matrix", Set.of(Role.OFFICER), null, null, false);
        assertThat(calls.publish(draft.id(), officer).status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(calls.history(draft.id()).get(0).actor()).isEqualTo("matrix-officer");
    }

    /** The expected HTTP status of one cell. */
    static int expected(Actor actor, Phase phase, Route route) {
        boolean page = route.name().startsWith("PAGE_");
        return switch (actor) {
            case ANONYMOUS -> page ? 302 : 401;
            case SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN -> 403;
            case APPLICANT, MANAGER, APPLICANT_OTHER, RECOMMENDER, EXPERT -> switch (route) {
                case API_LIST -> 200;
                // a draft is the programme office's: for everyone else there is no such call
                case API_GET -> phase == Phase.DRAFT ? 404 : 200;
                default -> 403;
            };
            case OFFICER -> switch (route) {
                case PAGE_LIST, PAGE_NEW, PAGE_DETAIL, API_LIST, API_GET -> 200;
                // an empty form comes back with its errors beside the fields
                case PAGE_CREATE, PAGE_SAVE -> 200;
                // a call whose filing has closed can no longer be edited: back to its page with the reason
                case PAGE_EDIT -> phase == Phase.FILING_CLOSED ? 302 : 200;
                // done or refused, the page goes back to the call with a message
                case PAGE_PUBLISH, PAGE_CANCEL -> 302;
                case API_CREATE -> 400;
                case API_UPDATE -> 428;
                case API_PUBLISH -> phase == Phase.DRAFT ? 200 : 409;
                case API_CANCEL -> phase == Phase.DRAFT || phase == Phase.PUBLISHED ? 200 : 409;
            };
        };
    }

    private static boolean changes(Route route) {
        return route == Route.PAGE_PUBLISH || route == Route.PAGE_CANCEL || route == Route.API_PUBLISH
                || route == Route.API_CANCEL;
    }

    private int perform(Cookie session, Route route, CallSummary call) throws Exception {
        String api = "/api/v1/calls";
        String page = "/calls/" + call.id();
        MockHttpServletRequestBuilder request = switch (route) {
            case PAGE_LIST -> get("/calls");
            case PAGE_NEW -> get("/calls/new");
            case PAGE_CREATE -> post("/calls/new");
            case PAGE_DETAIL -> get(page);
            case PAGE_EDIT -> get(page + "/edit");
            case PAGE_SAVE -> post(page + "/edit");
            case PAGE_PUBLISH -> post(page + "/publish");
            case PAGE_CANCEL -> post(page + "/cancel").param("reason", "矩阵测试撤销");
            case API_LIST -> get(api);
            case API_GET -> get(api + "/" + call.id());
            case API_CREATE -> post(api).contentType(MediaType.APPLICATION_JSON).content("{}");
            case API_UPDATE -> put(api + "/" + call.id()).contentType(MediaType.APPLICATION_JSON).content("{}");
            case API_PUBLISH -> post(api + "/" + call.id() + "/publish");
            case API_CANCEL -> post(api + "/" + call.id() + "/cancel").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"矩阵测试撤销\"}");
        };
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
    }

    /** A call in the phase, at {@link Filing#NOW}. */
    private CallSummary aCallIn(Phase phase) {
        clock.set(Filing.NOW);
        CallSummary call = switch (phase) {
            case DRAFT, PUBLISHED -> calls.create(CallFixtures.aCallOpeningAt(Filing.NOW.plusDays(10)).build(),
                    "matrix-test");
            case FILING_OPEN -> calls.create(CallFixtures.aCallOpeningAt(Filing.NOW.minusDays(1)).build(),
                    "matrix-test");
            case FILING_CLOSED -> {
                // made while filing was still to come; its window closed ten days ago, recommendations still due
                clock.set(Filing.NOW.minusDays(80));
                yield calls.create(CallFixtures.aCallOpeningAt(Filing.NOW.minusDays(70)).build(), "matrix-test");
            }
        };
        if (phase != Phase.DRAFT) {
            calls.publish(call.id(), "matrix-test");
        }
        clock.set(Filing.NOW);
        CallSummary now = calls.find(call.id()).orElseThrow();
        assertThat(now.status().name()).isEqualTo(phase.name());
        return now;
    }
}
