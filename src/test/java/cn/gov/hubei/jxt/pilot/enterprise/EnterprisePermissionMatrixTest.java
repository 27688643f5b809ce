package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseRegistrations;
import cn.gov.hubei.jxt.pilot.enterprise.internal.RegistrationDecisionException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
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
 * Who may do what with enterprises, as a matrix: every route of the enterprise module (pages and API) × every actor,
 * with real logins. Staff of an enterprise keep its profile, its manager alone manages its members, the programme
 * office decides on registrations; registering is open to everyone. Everyone else is refused (403), an anonymous
 * visitor sent to the login page (or told 401 by the API).
 */
@ApplicationIntegrationTest
class EnterprisePermissionMatrixTest {

    enum Actor { ANONYMOUS, APPLICANT, MANAGER, APPLICANT_OTHER, RECOMMENDER, OFFICER, SYSTEM_ADMIN, SECURITY_ADMIN,
        AUDIT_ADMIN, EXPERT }

    enum Route { PROFILE_PAGE, PROFILE_SAVE, PROFILE_API, PROFILE_API_SAVE, MEMBERS_PAGE, MEMBERS_INVITE,
        MEMBERS_DISABLE, MEMBERS_ENABLE, REGISTRATIONS_PAGE, REGISTRATION_PAGE, REGISTRATION_APPROVE,
        REGISTRATION_REJECT, REGISTER_PAGE, REGISTER_API }

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired EnterpriseRegistrations registrations;

    long colleagueId;
    long guessedRegistration;

    @Test
    void everyActorReachesExactlyTheRoutesItsRoleAllows() throws Exception {
        Filing filing = new Filing(mvc, calls, enterprises, users, clock);
        clock.set(Filing.NOW);
        Enterprise enterprise = filing.enterprise("420100");
        String manager = filing.applicantOf(enterprise);
        enterprises.addMember(enterprise.id(), users.findByUsername(manager).orElseThrow().id(), true);
        String applicant = filing.applicantOf(enterprise);
        enterprises.addMember(enterprise.id(), users.findByUsername(applicant).orElseThrow().id(), false);
        String colleague = filing.applicantOf(enterprise);
        colleagueId = users.findByUsername(colleague).orElseThrow().id();
        enterprises.addMember(enterprise.id(), colleagueId, false);
        Enterprise other = filing.enterprise("420500");
        String otherApplicant = filing.applicantOf(other);
        enterprises.addMember(other.id(), users.findByUsername(otherApplicant).orElseThrow().id(), false);
        guessedRegistration = jdbc.sql("select coalesce(max(id), 0) + 100000 from enterprise_registration")
                .query(Long.class).single();

        Map<Actor, Cookie> sessions = new LinkedHashMap<>();
        sessions.put(Actor.ANONYMOUS, null);
        sessions.put(Actor.APPLICANT, filing.login(applicant));
        sessions.put(Actor.MANAGER, filing.login(manager));
        sessions.put(Actor.APPLICANT_OTHER, filing.login(otherApplicant));
        sessions.put(Actor.RECOMMENDER, filing.login(filing.account(Role.RECOMMENDER, null, "420100")));
        sessions.put(Actor.OFFICER, filing.login(filing.account(Role.OFFICER, null, null)));
        sessions.put(Actor.SYSTEM_ADMIN, filing.login(filing.account(Role.SYSTEM_ADMIN, null, null)));
        sessions.put(Actor.SECURITY_ADMIN, filing.login(filing.account(Role.SECURITY_ADMIN, null, null)));
        sessions.put(Actor.AUDIT_ADMIN, filing.login(filing.account(Role.AUDIT_ADMIN, null, null)));
        sessions.put(Actor.EXPERT, filing.login(filing.account(Role.EXPERT, null, null)));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Actor, Cookie> actor : sessions.entrySet()) {
            for (Route route : Route.values()) {
                int expected = expected(actor.getKey(), route);
                int actual = perform(actor.getValue(), route);
                if (actual != expected) {
                    wrong.add(actor.getKey() + " × " + route + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertThat(wrong).isEmpty();
        // only the manager's own cells changed the colleague, and they left it enabled
        assertThat(users.find(colleagueId).orElseThrow().enabled()).isTrue();
    }

    @Test
    void theServiceItselfLetsOnlyTheProgrammeOfficeDecideOnRegistrations() {
        long none = jdbc.sql("select coalesce(max(id), 0) + 100000 from enterprise_registration")
                .query(Long.class).single();
        for (Role role : Role.values()) {
            CurrentUser someone = new CurrentUser(0, "matrix-" + role, "matrix", Set.of(role), null, null, false);
            if (role == Role.OFFICER) {
                // the officer gets as far as the registration, which does not exist
                assertThatThrownBy(() -> registrations.approve(none, "矩阵测试", someone))
                        .isInstanceOfSatisfying(RegistrationDecisionException.class,
                                e -> assertThat(e.code()).isEqualTo("enterprise.review.not-found"));
                continue;
            }
            assertThatThrownBy(() -> registrations.approve(none, "矩阵测试", someone)).as(role.name())
                    .isInstanceOfSatisfying(RegistrationDecisionException.class,
                            e -> assertThat(e.code()).isEqualTo("enterprise.review.not-reviewer"));
            assertThatThrownBy(() -> registrations.reject(none, "矩阵测试", someone)).as(role.name())
                    .isInstanceOfSatisfying(RegistrationDecisionException.class,
                            e -> assertThat(e.code()).isEqualTo("enterprise.review.not-reviewer"));
        }
    }

    /** The expected HTTP status of one cell. */
    static int expected(Actor actor, Route route) {
        switch (route) {
            // open to everyone: the form, and the API refusing an empty registration beside its fields
            case REGISTER_PAGE:
                return 200;
            case REGISTER_API:
                return 422;
            default:
                break;
        }
        if (actor == Actor.ANONYMOUS) {
            return route == Route.PROFILE_API || route == Route.PROFILE_API_SAVE ? 401 : 302;
        }
        boolean staff = actor == Actor.APPLICANT || actor == Actor.MANAGER || actor == Actor.APPLICANT_OTHER;
        return switch (route) {
            // an empty form comes back with its errors beside the fields
            case PROFILE_PAGE, PROFILE_SAVE, PROFILE_API -> staff ? 200 : 403;
            // the API saves only the version read (If-Match)
            case PROFILE_API_SAVE -> staff ? 428 : 403;
            case MEMBERS_PAGE, MEMBERS_INVITE -> actor == Actor.MANAGER ? 200 : 403;
            // done, the page goes back to the members
            case MEMBERS_DISABLE, MEMBERS_ENABLE -> actor == Actor.MANAGER ? 302 : 403;
            case REGISTRATIONS_PAGE -> actor == Actor.OFFICER ? 200 : 403;
            // a registration that does not exist, for the one who could decide on it
            case REGISTRATION_PAGE, REGISTRATION_APPROVE, REGISTRATION_REJECT -> actor == Actor.OFFICER ? 404 : 403;
            case REGISTER_PAGE, REGISTER_API -> throw new IllegalStateException();
        };
    }

    private int perform(Cookie session, Route route) throws Exception {
        String review = "/enterprises/registrations/" + guessedRegistration;
        MockHttpServletRequestBuilder request = switch (route) {
            case PROFILE_PAGE -> get("/enterprise/profile");
            case PROFILE_SAVE -> post("/enterprise/profile");
            case PROFILE_API -> get("/api/v1/enterprises/me/profile");
            case PROFILE_API_SAVE -> put("/api/v1/enterprises/me/profile").contentType(MediaType.APPLICATION_JSON)
                    .content("{}");
            case MEMBERS_PAGE -> get("/enterprise/members");
            case MEMBERS_INVITE -> post("/enterprise/members/invite");
            case MEMBERS_DISABLE -> post("/enterprise/members/" + colleagueId + "/disable");
            case MEMBERS_ENABLE -> post("/enterprise/members/" + colleagueId + "/enable");
            case REGISTRATIONS_PAGE -> get("/enterprises/registrations");
            case REGISTRATION_PAGE -> get(review);
            case REGISTRATION_APPROVE -> post(review + "/approve").param("reason", "矩阵测试");
            case REGISTRATION_REJECT -> post(review + "/reject").param("reason", "矩阵测试");
            case REGISTER_PAGE -> get("/register");
            case REGISTER_API -> post("/api/v1/enterprises/registrations").contentType(MediaType.APPLICATION_JSON)
                    .content("{}");
        };
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
    }
}
