package cn.gov.hubei.jxt.pilot.meeting;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who sees a meeting's panels, with the phase axis: PLANNED / DRAWN / STARTED / CLOSED × the office, an expert drawn
 * for the meeting (accepted and pledged), an expert not drawn, a recommender, an applicant × the meeting's page and
 * API, the meetings list, the invitations page and the expert's answer. The draw is sealed until the meeting starts:
 * before that only the office sees it; anyone else gets 404 for the meeting (as for a meeting that does not exist).
 */
@IntegrationTest
class MeetingPermissionMatrixTest {

    enum Actor { OFFICER, EXPERT_DRAWN, EXPERT_NOT_DRAWN, RECOMMENDER, APPLICANT }

    enum Route { PAGE_MEETING, API_MEETING, PAGE_LIST, API_LIST, PAGE_INVITATIONS, API_INVITATION, API_DRAW }

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired ExpertPool pool;
    @Autowired Experts experts;
    @Autowired ReviewMeetings meetings;

    MeetingWorld world;

    @AfterEach
    void restore() {
        world.restore();
    }

    @Test
    void theDrawIsSealedUntilTheMeetingStartsAndOpenOnlyToTheOfficeAndTheMeetingsExperts() throws Exception {
        world = new MeetingWorld(mvc, calls, enterprises, users, clock, applications, recommendations, reviews, pool,
                experts);
        CallSummary call = world.openCall();
        List<ApplicationSummary> apps = List.of(world.passed(call.id(), "420100", "矩阵项目一"),
                world.passed(call.id(), "420100", "矩阵项目二"), world.passed(call.id(), "420100", "矩阵项目三"));
        List<Long> pool3 = List.of(world.expert("矩阵专家甲", "DISCRETE"), world.expert("矩阵专家乙", "DISCRETE"),
                world.expert("矩阵专家丙", "PROCESS"));
        world.onlyThesePoolExperts(pool3);
        CurrentUser officer = MeetingWorld.officer();
        CurrentUser drawn = world.asExpert(pool3.get(0));
        CurrentUser notDrawn = new CurrentUser(999_999_001L, "zj-not-drawn", "未抽中专家", Set.of(Role.EXPERT), null,
                null, false);

        Map<MeetingStatus, Long> byPhase = new EnumMap<>(MeetingStatus.class);
        byPhase.put(MeetingStatus.PLANNED, meetings.create(call.id(), MeetingWorld.parameters(3, 1, 3, 0), officer).id());
        int i = 0;
        for (MeetingStatus phase : List.of(MeetingStatus.DRAWN, MeetingStatus.STARTED, MeetingStatus.CLOSED)) {
            long id = meetings.create(call.id(), MeetingWorld.parameters(3, 1, 3, 0), officer).id();
            MeetingGroup g = meetings.addGroup(id, "离散型组", GroupBasis.MODE, "DISCRETE", officer);
            meetings.putApplication(id, apps.get(i++).id(), g.id(), officer);
            meetings.draw(id, 1L, officer);
            meetings.accept(id, drawn);
            meetings.pledge(id, drawn);
            byPhase.put(phase, id);
        }
        clock.set(MeetingWorld.MEETING_DAY.atTime(9, 0));
        meetings.start(byPhase.get(MeetingStatus.STARTED), officer);
        meetings.start(byPhase.get(MeetingStatus.CLOSED), officer);
        meetings.close(byPhase.get(MeetingStatus.CLOSED), officer);

        Map<Actor, RequestPostProcessor> people = new EnumMap<>(Actor.class);
        people.put(Actor.OFFICER, as(officer));
        people.put(Actor.EXPERT_DRAWN, as(drawn));
        people.put(Actor.EXPERT_NOT_DRAWN, as(notDrawn));
        people.put(Actor.RECOMMENDER, as(new CurrentUser(0, "rec", "rec", Set.of(Role.RECOMMENDER), null, "420100",
                false)));
        people.put(Actor.APPLICANT, as(new CurrentUser(0, "app", "app", Set.of(Role.APPLICANT),
                apps.get(0).enterpriseId(), null, false)));

        List<String> wrong = new ArrayList<>();
        for (MeetingStatus phase : MeetingStatus.values()) {
            long id = byPhase.get(phase);
            for (Actor actor : Actor.values()) {
                for (Route route : Route.values()) {
                    int status = mvc.perform(request(route, id).with(people.get(actor))).andReturn().getResponse()
                            .getStatus();
                    int expected = expected(phase, actor, route);
                    if (status != expected) {
                        wrong.add(phase + " × " + actor + " × " + route + ": " + status + ", expected " + expected);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        // the officer's draw requests in the matrix were refused (nothing planned had applications; the rest drawn)
        assertThat(meetings.find(byPhase.get(MeetingStatus.PLANNED)).orElseThrow().status())
                .isEqualTo(MeetingStatus.PLANNED);
    }

    static int expected(MeetingStatus phase, Actor actor, Route route) {
        boolean open = phase == MeetingStatus.STARTED || phase == MeetingStatus.CLOSED;
        return switch (route) {
            case PAGE_MEETING, API_MEETING -> actor == Actor.OFFICER || actor == Actor.EXPERT_DRAWN && open ? 200 : 404;
            case PAGE_LIST, API_LIST -> actor == Actor.OFFICER ? 200 : 403;
            case PAGE_INVITATIONS -> actor == Actor.EXPERT_DRAWN || actor == Actor.EXPERT_NOT_DRAWN ? 200 : 403;
            case API_INVITATION -> actor == Actor.EXPERT_DRAWN ? (phase == MeetingStatus.PLANNED ? 404 : 200)
                    : actor == Actor.EXPERT_NOT_DRAWN ? 404 : 403;
            // the office is refused (409): no applications while planned, drawn already later
            case API_DRAW -> actor == Actor.OFFICER ? 409 : 403;
        };
    }

    static MockHttpServletRequestBuilder request(Route route, long id) {
        return switch (route) {
            case PAGE_MEETING -> get("/meetings/" + id);
            case API_MEETING -> get("/api/v1/meetings/" + id);
            case PAGE_LIST -> get("/meetings");
            case API_LIST -> get("/api/v1/meetings");
            case PAGE_INVITATIONS -> get("/meetings/invitations");
            case API_INVITATION -> get("/api/v1/meetings/" + id + "/invitation");
            case API_DRAW -> post("/api/v1/meetings/" + id + "/draw").with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"seed\":5}");
        };
    }

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }
}
