package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.ReviewWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The JSON API with its permissions and the phase: each person × each route in each phase of the notice (running,
 * over, published, certified) answers as the table says — 403 where the role may not use the route, 404 where the
 * person may not know the object, 409 where the phase forbids the action; and the export's JSON carries the fields.
 */
@IntegrationTest
class DesignationApiTest {

    enum Person { OFFICER, APPLICANT, OTHER_APPLICANT, RECOMMENDER, ANONYMOUS }

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired cn.gov.hubei.jxt.pilot.identity.UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired ExpertPool pool;
    @Autowired Experts experts;
    @Autowired ReviewMeetings meetings;
    @Autowired Proposals proposals;
    @Autowired NoticeDrafts drafts;
    @Autowired PublicNotices notices;
    @Autowired Publications publications;

    final List<String> wrong = new ArrayList<>();

    @Test
    void everyPersonOnEveryRouteInEveryPhase() throws Exception {
        DesignationWorld world = new DesignationWorld(new ReviewWorld(calls, enterprises, users, clock, applications,
                recommendations, reviews, pool, experts, meetings), clock, proposals, drafts, notices);
        Map<Person, CurrentUser> people = new LinkedHashMap<>();
        people.put(Person.OFFICER, DesignationWorld.officer());
        people.put(Person.APPLICANT, DesignationWorld.applicant(world.app(0).enterpriseId()));
        people.put(Person.OTHER_APPLICANT, DesignationWorld.applicant(world.app(1).enterpriseId()));
        people.put(Person.RECOMMENDER, DesignationWorld.recommender(world.app(0).divisionCode()));
        people.put(Person.ANONYMOUS, null);
        long notice = world.notice.id();
        String number = DesignationTest.number();

        // running: publishing is refused with 409 (the office), 403 (anyone else)
        for (Person p : Person.values()) {
            expect("running", p, publish(notice, number, "2026-09-29"), people.get(p),
                    p == Person.OFFICER ? 409 : p == Person.ANONYMOUS ? 401 : 403);
            expect("running", p, get("/api/v1/designations/notices/" + notice + "/phase"), people.get(p),
                    p == Person.OFFICER ? 200 : p == Person.ANONYMOUS ? 401 : 403);
        }
        world.close();
        // over: a broken field is 422; the office publishes (200), then publishing again is 409
        expect("over", Person.OFFICER, publish(notice, "x", "2026-10-13"), people.get(Person.OFFICER), 422);
        for (Person p : List.of(Person.APPLICANT, Person.RECOMMENDER)) {
            expect("over", p, publish(notice, number, "2026-10-13"), people.get(p), 403);
        }
        String body = mvc.perform(publish(notice, number, "2026-10-13").with(csrf()).with(DesignationTest.as(
                people.get(Person.OFFICER)))).andReturn().getResponse().getContentAsString();
        JsonNode published = json.readTree(body);
        long id = published.path("publication").path("id").asLong();
        assertThat(published.path("projects").size()).isEqualTo(3);
        expect("published", Person.OFFICER, publish(notice, DesignationTest.number(), "2026-10-13"),
                people.get(Person.OFFICER), 409);
        long designation = publications.projects(id, people.get(Person.OFFICER)).stream()
                .filter(d -> d.applicationId() == world.app(0).id()).findFirst().orElseThrow().id();

        for (Person p : Person.values()) {
            CurrentUser u = people.get(p);
            int office = p == Person.OFFICER ? 200 : p == Person.ANONYMOUS ? 401 : 403;
            expect("published", p, get("/api/v1/designations/" + id), u, office);
            expect("published", p, get("/api/v1/designations/export?years=" + world.notice.year()), u, office);
            expect("published", p, get("/api/v1/designations/mine"), u,
                    p == Person.OFFICER ? 403 : p == Person.ANONYMOUS ? 401 : 200);
            // no certificate yet: 404 for everyone who may download one, as for anyone else
            expect("published", p, get("/designations/projects/" + designation + "/certificate.pdf"), u,
                    p == Person.ANONYMOUS ? 302 : 404);
        }
        expect("published", Person.OFFICER, get("/api/v1/designations/999999999"), people.get(Person.OFFICER), 404);
        expect("published", Person.RECOMMENDER, post("/api/v1/designations/" + id + "/certificates"),
                people.get(Person.RECOMMENDER), 403);
        expect("published", Person.OFFICER, post("/api/v1/designations/" + id + "/certificates"),
                people.get(Person.OFFICER), 200);
        // certified: the number is final (409); downloads follow the certificate's owners
        expect("certified", Person.OFFICER, put("/api/v1/designations/" + id + "/number",
                "{\"documentNumber\":\"" + DesignationTest.number() + "\",\"version\":1}"), people.get(Person.OFFICER),
                409);
        for (Person p : Person.values()) {
            expect("certified", p, get("/designations/projects/" + designation + "/certificate.pdf"), people.get(p),
                    switch (p) {
                        case OFFICER, APPLICANT, RECOMMENDER -> 200;
                        case OTHER_APPLICANT -> 404;
                        case ANONYMOUS -> 302;
                    });
        }
        assertThat(wrong).isEmpty();

        JsonNode rows = json.readTree(mvc.perform(get("/api/v1/designations/export?years=" + world.notice.year())
                .with(DesignationTest.as(people.get(Person.OFFICER)))).andReturn().getResponse().getContentAsString());
        JsonNode row = null;
        for (JsonNode r : rows) {
            if (r.path("designationId").asLong() == designation) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("modes").get(0).asString()).isEqualTo("离散型智能制造");
        assertThat(row.path("investment").asString()).isEqualTo("1200.50");
        assertThat(row.path("indicators").size()).isEqualTo(5);
        assertThat(row.path("indicators").get(0).path("change").asString()).isEqualTo("20.0");
        assertThat(row.path("scenarios").get(0).path("stage").asString()).isEqualTo("物流");
        assertThat(row.path("validFrom").asString()).isEqualTo(LocalDate.of(2026, 10, 13).toString());
        assertThat(row.path("validUntil").asString()).isEqualTo("2029-10-12");
    }

    private AbstractMockHttpServletRequestBuilder<?> publish(long notice, String number, String date) {
        return multipart("/api/v1/designations/notices/" + notice)
                .file(new MockMultipartFile("document", "认定文件.pdf", "application/pdf", DesignationTest.PDF))
                .param("documentNumber", number).param("title", "关于认定湖北省智能制造试点示范项目的通知")
                .param("publishedOn", date);
    }

    private static MockHttpServletRequestBuilder put(String url, String body) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void expect(String phase, Person person, AbstractMockHttpServletRequestBuilder<?> request, CurrentUser user,
                        int status) throws Exception {
        if (user != null) {
            request.with(DesignationTest.as(user));
        }
        int actual = mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
        if (actual != status) {
            wrong.add(phase + " " + person + " " + request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI() + ": " + actual
                    + " (expected " + status + ")");
        }
    }
}
