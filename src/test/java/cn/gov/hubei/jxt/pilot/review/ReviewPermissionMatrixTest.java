package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ConflictDeclarations;
import cn.gov.hubei.jxt.pilot.expert.ConflictKind;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Who may do what through the API, with the phase: the meeting DRAWN / STARTED / CLOSED × the sheet draft / submitted ×
 * the officer, the seated expert, an expert with a declared conflict, an expert without a seat, a recommender and an
 * applicant. 404 where the person may not know the object, 403 where the role may not use the route, 409 where the
 * phase forbids it.
 */
@IntegrationTest
class ReviewPermissionMatrixTest {

    /** The officer acts last in each phase: an unlock changes the sheet for whoever came after. */
    enum Actor { SEATED, CONFLICTED, OTHER_EXPERT, RECOMMENDER, APPLICANT, OFFICER }

    enum Action { READ_SHEET, SAVE_SHEET, UNLOCK, RESULTS, PROPOSE, SHEET_DOCX }

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
    @Autowired ConflictDeclarations declarations;
    @Autowired ScoreSheets sheets;

    ReviewWorld world;
    long m;
    long app;
    Map<Actor, CurrentUser> people = new LinkedHashMap<>();
    final List<String> wrong = new ArrayList<>();

    @Test
    void everyActorInEveryPhase() throws Exception {
        world = new ReviewWorld(calls, enterprises, users, clock, applications, recommendations, reviews, pool,
                experts, meetings).drawn(2, 3);
        m = world.meeting.id();
        app = world.apps.get(0).id();
        CurrentUser seated = world.asExpert(world.expertIds.get(0));
        CurrentUser conflicted = world.asExpert(world.expertIds.get(2));
        declarations.declare(world.expertIds.get(2), app, ConflictKind.OTHER, "亲属在申报单位任职", conflicted);
        people.put(Actor.OFFICER, ReviewWorld.officer());
        people.put(Actor.SEATED, seated);
        people.put(Actor.CONFLICTED, conflicted);
        people.put(Actor.OTHER_EXPERT, world.asExpert(world.expert("未入选专家")));
        people.put(Actor.RECOMMENDER, new CurrentUser(0, "yichang", "yichang", Set.of(Role.RECOMMENDER), null,
                "420500", false));
        people.put(Actor.APPLICANT, new CurrentUser(0, "applicant-x", "applicant-x", Set.of(Role.APPLICANT),
                world.apps.get(0).enterpriseId(), null, false));
        long sheetId = sheets.open(m, app, seated).id();

        // DRAWN, draft: the seated expert reads, nobody scores, the office sees the results but cannot propose
        check("DRAWN/draft", sheetId, Map.of(
                Actor.OFFICER, row(403, 403, 409, 200, 409, 200),
                Actor.SEATED, row(200, 409, 403, 403, 403, 200),
                Actor.CONFLICTED, row(404, 404, 403, 403, 403, 404),
                Actor.OTHER_EXPERT, row(404, 404, 403, 403, 403, 404),
                Actor.RECOMMENDER, row(403, 403, 403, 403, 403, 403),
                Actor.APPLICANT, row(403, 403, 403, 403, 403, 403)));

        world.start();
        check("STARTED/draft", sheetId, Map.of(
                Actor.OFFICER, row(403, 403, 409, 200, 200, 200),
                Actor.SEATED, row(200, 200, 403, 403, 403, 200),
                Actor.CONFLICTED, row(404, 404, 403, 403, 403, 404),
                Actor.OTHER_EXPERT, row(404, 404, 403, 403, 403, 404),
                Actor.RECOMMENDER, row(403, 403, 403, 403, 403, 403),
                Actor.APPLICANT, row(403, 403, 403, 403, 403, 403)));

        ScoreSheet current = sheets.open(m, app, seated);
        sheets.submit(m, app, ScoringTest.draft(current.version(), "同意", "18", "18", "22", "9", "14", "9"), seated);
        check("STARTED/submitted", sheetId, Map.of(
                Actor.OFFICER, row(403, 403, 200, 200, 200, 200),
                Actor.SEATED, row(200, 409, 403, 403, 403, 200),
                Actor.CONFLICTED, row(404, 404, 403, 403, 403, 404),
                Actor.OTHER_EXPERT, row(404, 404, 403, 403, 403, 404),
                Actor.RECOMMENDER, row(403, 403, 403, 403, 403, 403),
                Actor.APPLICANT, row(403, 403, 403, 403, 403, 403)));

        // the unlock above made it a draft again: submit once more, then close
        current = sheets.open(m, app, seated);
        if (!current.submitted()) {
            sheets.submit(m, app, ScoringTest.draft(current.version(), "同意", "18", "18", "22", "9", "14", "9"),
                    seated);
        }
        world.close();
        check("CLOSED/submitted", sheetId, Map.of(
                Actor.OFFICER, row(403, 403, 409, 200, 200, 200),
                Actor.SEATED, row(200, 409, 403, 403, 403, 200),
                Actor.CONFLICTED, row(404, 404, 403, 403, 403, 404),
                Actor.OTHER_EXPERT, row(404, 404, 403, 403, 403, 404),
                Actor.RECOMMENDER, row(403, 403, 403, 403, 403, 403),
                Actor.APPLICANT, row(403, 403, 403, 403, 403, 403)));

        assertThat(wrong).isEmpty();
    }

    static Map<Action, Integer> row(int read, int save, int unlock, int results, int propose, int docx) {
        Map<Action, Integer> row = new LinkedHashMap<>();
        row.put(Action.READ_SHEET, read);
        row.put(Action.SAVE_SHEET, save);
        row.put(Action.UNLOCK, unlock);
        row.put(Action.RESULTS, results);
        row.put(Action.PROPOSE, propose);
        row.put(Action.SHEET_DOCX, docx);
        return row;
    }

    private void check(String phase, long sheetId, Map<Actor, Map<Action, Integer>> expected) throws Exception {
        for (Actor actor : Actor.values()) {
            for (Map.Entry<Action, Integer> e : expected.get(actor).entrySet()) {
                ScoreSheet sheet = sheets.find(sheetId, people.get(Actor.OFFICER)).orElseThrow();
                int status = mvc.perform(request(e.getKey(), sheet).with(ScoringTest.as(people.get(actor)))
                        .with(csrf())).andReturn().getResponse().getStatus();
                if (status != e.getValue()) {
                    wrong.add(phase + " " + actor + " " + e.getKey() + ": " + status + " (expected " + e.getValue()
                            + ")");
                }
            }
        }
    }

    private MockHttpServletRequestBuilder request(Action action, ScoreSheet sheet) {
        String sheetPath = "/api/v1/review/meetings/" + m + "/applications/" + app + "/sheet";
        return switch (action) {
            case READ_SHEET -> get(sheetPath);
            case SAVE_SHEET -> put(sheetPath).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"scores\":{\"ADVANCEMENT\":\"15\"},\"version\":" + sheet.version() + "}");
            case UNLOCK -> post("/api/v1/review/sheets/" + sheet.id() + "/unlock")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"矩阵测试\",\"version\":" + sheet.version() + "}");
            case RESULTS -> get("/api/v1/review/meetings/" + m + "/results");
            case PROPOSE -> post("/api/v1/review/meetings/" + m + "/proposals").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"lines\":[{\"applicationId\":" + app + ",\"proposed\":true}]}");
            case SHEET_DOCX -> get("/api/v1/review/sheets/" + sheet.id() + "/sheet.docx");
        };
    }
}
