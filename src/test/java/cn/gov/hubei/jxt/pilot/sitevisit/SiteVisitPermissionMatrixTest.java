package cn.gov.hubei.jxt.pilot.sitevisit;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitFixtures.Filed;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what with a site visit, with the phase axis: every kind of person × every phase of a visit (planned,
 * recording, signed off, cancelled) × every action, first through the predicates of {@link SiteVisitPermissions}, then
 * with real logins through the pages and the API: reading (404 for everyone who may not), and writing by people who
 * are not on the team or once the visit is locked (refused, nothing changes).
 */
@ApplicationIntegrationTest
class SiteVisitPermissionMatrixTest {

    enum Phase { PLANNED, RECORDING, SIGNED_OFF, CANCELLED }

    enum Person { OFFICER, LEADER, MEMBER, ASSIGNED_EXPERT, OTHER_EXPERT, RECOMMENDER_OTHER_DIVISION, APPLICANT_OWNER,
        SYSTEM_ADMIN, ANONYMOUS }

    enum Action { READ, RECORD, SIGN_OFF, CANCEL, MANAGE }

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired InspectionTeams teams;
    @Autowired SiteVisitPlans plans;
    @Autowired SiteVisitRecords records;
    @Autowired SiteVisitPermissions permissions;
    @Autowired ApplicationAssignments assignments;

    @Test
    void eachPersonMayDoInEachPhaseExactlyWhatTheTableSays() throws Exception {
        SiteVisitFixtures world = new SiteVisitFixtures(mvc, calls, enterprises, users, clock, applications,
                recommendations, reviews);
        CallSummary call = world.openCall();
        Map<Person, String> usernames = new EnumMap<>(Person.class);
        usernames.put(Person.OFFICER, world.account(Role.OFFICER, null));
        usernames.put(Person.LEADER, world.account(Role.EXPERT, null));
        usernames.put(Person.MEMBER, world.account(Role.RECOMMENDER, "420500"));
        usernames.put(Person.ASSIGNED_EXPERT, world.account(Role.EXPERT, null));
        usernames.put(Person.OTHER_EXPERT, world.account(Role.EXPERT, null));
        usernames.put(Person.RECOMMENDER_OTHER_DIVISION, world.account(Role.RECOMMENDER, "420100"));
        usernames.put(Person.SYSTEM_ADMIN, world.account(Role.SYSTEM_ADMIN, null));
        CurrentUser officer = world.user(usernames.get(Person.OFFICER));
        CurrentUser leader = world.user(usernames.get(Person.LEADER));
        InspectionTeam team = teams.create(call.id(), "420500", "权限矩阵核查组" + call.id(),
                usernames.get(Person.LEADER), officer);
        team = teams.addMember(team.id(), usernames.get(Person.MEMBER), officer);

        Map<Phase, SiteVisit> visits = new EnumMap<>(Phase.class);
        Map<Phase, Filed> filed = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            Filed f = world.passed(call.id(), "420500", "权限矩阵项目" + phase.ordinal());
            filed.put(phase, f);
            assignments.assign(f.id(), world.id(usernames.get(Person.ASSIGNED_EXPERT)), "meeting-test");
            visits.put(phase, plans.plan(team.id(), f.id(), SiteVisitFixtures.WORKING_DAY, officer));
        }
        usernames.put(Person.APPLICANT_OWNER, filed.get(Phase.PLANNED).applicant());
        SiteVisit recording = visits.get(Phase.RECORDING);
        ChecklistItem first = records.read(recording.id(), leader).orElseThrow().items().get(0);
        records.recordFinding(recording.id(), first.id(), 0, Finding.TRUE, null, leader);
        SiteVisit signed = visits.get(Phase.SIGNED_OFF);
        for (ChecklistItem item : records.read(signed.id(), leader).orElseThrow().items()) {
            records.recordFinding(signed.id(), item.id(), item.version(), Finding.TRUE, null, leader);
        }
        records.signOff(signed.id(), records.conclude(signed.id(), 0, SiteVisitConclusion.CONFIRMED, "属实。", leader)
                .version(), leader);
        plans.cancel(visits.get(Phase.CANCELLED).id(), 0, officer);
        for (Phase phase : Phase.values()) {
            visits.put(phase, plans.ofCall(call.id()).stream().filter(v -> v.applicationId() == filed.get(phase).id())
                    .findFirst().orElseThrow());
            assertThat(visits.get(phase).status().name()).isEqualTo(phase.name());
        }

        // the predicates
        List<String> wrong = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            SiteVisit visit = visits.get(phase);
            for (Person person : Person.values()) {
                CurrentUser user = person == Person.ANONYMOUS ? null : world.user(usernames.get(person));
                for (Action action : Action.values()) {
                    boolean allowed = switch (action) {
                        case READ -> permissions.canRead(user, visit, team);
                        case RECORD -> permissions.canRecord(user, visit, team);
                        case SIGN_OFF -> permissions.canSignOff(user, visit, team);
                        case CANCEL -> permissions.canCancel(user, visit);
                        case MANAGE -> permissions.canManage(user);
                    };
                    if (allowed != allowed(phase, person, action)) {
                        wrong.add(phase + " × " + person + " × " + action + ": " + allowed);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();

        // the pages and the API
        Map<Person, Cookie> sessions = new LinkedHashMap<>();
        for (Person person : Person.values()) {
            sessions.put(person, person == Person.ANONYMOUS ? null : world.login(usernames.get(person)));
        }
        for (Phase phase : Phase.values()) {
            SiteVisit visit = visits.get(phase);
            SiteVisitRecord before = records.read(visit.id(), officer).orElseThrow();
            for (Person person : Person.values()) {
                Cookie session = sessions.get(person);
                String page = answer(mvc.perform(with(get("/site-visits/visits/" + visit.id()), session)).andReturn());
                String api = answer(mvc.perform(with(get("/api/v1/site-visits/visits/" + visit.id()), session))
                        .andReturn());
                String readable = allowed(phase, person, Action.READ) ? "200" : "404";
                expect(wrong, phase, person, "page", page, person == Person.ANONYMOUS ? "login" : readable);
                expect(wrong, phase, person, "api", api, person == Person.ANONYMOUS ? "401" : readable);
                boolean onTeam = person == Person.LEADER || person == Person.MEMBER;
                if (onTeam && phase.ordinal() < Phase.SIGNED_OFF.ordinal()) {
                    continue; // the team's writes while open: SiteVisitIntegrationTest
                }
                String write = answer(mvc.perform(with(post("/api/v1/site-visits/visits/" + visit.id() + "/attendees")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"王五\",\"unit\":\"某单位\",\"position\":\"职员\"}"), session)).andReturn());
                String signOff = answer(mvc.perform(with(post("/api/v1/site-visits/visits/" + visit.id() + "/sign-off")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + visit.version() + "}"),
                        session)).andReturn());
                String expected = person == Person.ANONYMOUS ? "401" : readable.equals("404") ? "404" : "409";
                expect(wrong, phase, person, "record", write, expected);
                String expectedSignOff = person == Person.LEADER && phase == Phase.SIGNED_OFF ? "200" : expected;
                expect(wrong, phase, person, "sign-off", signOff, expectedSignOff);
            }
            assertThat(records.read(visit.id(), officer).orElseThrow()).as(phase.name()).isEqualTo(before);
        }
        assertThat(wrong).isEmpty();

        // the officer's pages: officers only; the home page also for the teams' members
        for (Person person : Person.values()) {
            Cookie session = sessions.get(person);
            String home = answer(mvc.perform(with(get("/site-visits"), session)).andReturn());
            String teamPage = answer(mvc.perform(with(get("/site-visits/teams/" + team.id()), session)).andReturn());
            String teamApi = answer(mvc.perform(with(get("/api/v1/site-visits/teams/" + team.id()), session)).andReturn());
            boolean officerPerson = person == Person.OFFICER;
            boolean member = person == Person.LEADER || person == Person.MEMBER;
            String denied = person == Person.ANONYMOUS ? "login" : "403";
            expect(wrong, null, person, "home", home, officerPerson || member ? "200" : denied);
            expect(wrong, null, person, "team page", teamPage, officerPerson ? "200" : denied);
            expect(wrong, null, person, "team api", teamApi, officerPerson ? "200"
                    : person == Person.ANONYMOUS ? "401" : "403");
        }
        assertThat(wrong).isEmpty();
    }

    /** The table: what each person may do in each phase. */
    static boolean allowed(Phase phase, Person person, Action action) {
        boolean open = phase == Phase.PLANNED || phase == Phase.RECORDING;
        return switch (action) {
            case READ -> switch (person) {
                case OFFICER, LEADER, MEMBER -> true;
                case ASSIGNED_EXPERT -> phase == Phase.SIGNED_OFF;
                default -> false;
            };
            case RECORD -> (person == Person.LEADER || person == Person.MEMBER) && open;
            case SIGN_OFF -> person == Person.LEADER && phase == Phase.RECORDING;
            case CANCEL -> person == Person.OFFICER && open;
            case MANAGE -> person == Person.OFFICER;
        };
    }

    private static void expect(List<String> wrong, Phase phase, Person person, String what, String answer,
                               String expected) {
        if (!answer.equals(expected)) {
            wrong.add(phase + " × " + person + " × " + what + ": " + answer + ", expected " + expected);
        }
    }

    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, Cookie session) {
        request.with(csrf());
        return session == null ? request : request.cookie(session);
    }

    private static String answer(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status == 302 && location != null && location.contains("/login")) {
            return "login";
        }
        return String.valueOf(status);
    }
}
