package cn.gov.hubei.jxt.pilot.monitoring;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API with the pages' rules: rounds are the office's (403 for others), a report is its unit's, its division's
 * and the office's (404 for another unit), a field problem is 422 with the Chinese message beside its field, a decision
 * out of turn is 409.
 */
@IntegrationTest
class MonitoringApiTest {

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
    @Autowired Proposals proposals;
    @Autowired NoticeDrafts drafts;
    @Autowired PublicNotices notices;
    @Autowired Publications publications;
    @Autowired MonitoringReports reports;
    @Autowired ReportingRounds rounds;
    @Autowired SpotChecks checks;
    @Autowired JdbcClient jdbc;

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    @Test
    void roundsReportsAndDecisionsWithTheirPermissions() throws Exception {
        jdbc.sql("delete from monitoring_reminder").update();
        jdbc.sql("delete from monitoring_report_file").update();
        jdbc.sql("delete from monitoring_report").update();
        jdbc.sql("delete from monitoring_round").update();
        MonitoringWorld world = new MonitoringWorld(new ReviewWorld(calls, enterprises, users, clock, applications,
                recommendations, reviews, pool, experts, meetings), clock, proposals, drafts, notices, publications, 2);
        clock.set(LocalDate.of(2026, 11, 2).atTime(9, 0));
        String round = "{\"year\":2026,\"opensOn\":\"2026-11-02\",\"deadline\":\"2026-11-30\"}";
        mvc.perform(post("/api/v1/monitoring/rounds").with(csrf()).with(as(world.unit(0)))
                .contentType(MediaType.APPLICATION_JSON).content(round)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/monitoring/rounds").with(csrf()).with(as(MonitoringWorld.officer()))
                        .contentType(MediaType.APPLICATION_JSON).content(round))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("2026年度报告"));
        mvc.perform(post("/api/v1/monitoring/rounds").with(csrf()).with(as(MonitoringWorld.officer()))
                        .contentType(MediaType.APPLICATION_JSON).content(round))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        long id = reports.ofDesignation(world.project(0).id(), MonitoringWorld.officer()).get(0).id();
        mvc.perform(get("/api/v1/monitoring/reports/" + id).with(as(world.unit(0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].baseline").value("1000"))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(get("/api/v1/monitoring/reports/" + id).with(as(world.unit(1))))
                .andExpect(status().isNotFound());
        mvc.perform(put(id, "{\"draft\":{\"indicators\":[{\"code\":\"OPERATING_COST\",\"value\":\"abc\"}]},"
                        + "\"version\":0}", world.unit(0)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[OPERATING_COST]"))
                .andExpect(jsonPath("$.errors[0].message").value("运营成本的实际值须为数字。"));
        mvc.perform(put(id, "{\"draft\":{\"indicators\":[{\"code\":\"OPERATING_COST\",\"value\":\"750\"}]},"
                        + "\"version\":0}", world.unit(0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.indicators[0].change").value(25.0));
        mvc.perform(post("/api/v1/monitoring/reports/" + id + "/decisions").with(csrf())
                        .with(as(MonitoringWorld.officer())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\":\"qualify\",\"text\":\"\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/monitoring/rounds").with(as(world.recommender(0)))).andExpect(status().isForbidden());

        // a stored draft that does not read is the server's fault (500), not the client's unreadable body (400)
        jdbc.sql("update monitoring_report set content = 'not JSON' where id = :id").param("id", id).update();
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> mvc.perform(get("/api/v1/monitoring/reports/" + id).with(as(world.unit(0)))));
        assertThat(failure).as("the request fails with the server's exception").isNotNull();
        Throwable cause = failure;
        while (cause != null && !(cause instanceof IllegalStateException)) {
            assertThat(cause).isNotInstanceOf(tools.jackson.core.JacksonException.class);
            cause = cause.getCause();
        }
        assertThat(cause).hasMessageStartingWith("Stored JSON does not read: a monitoring report's draft")
                .hasNoCause();
    }

    @Test
    void theReportPageShowsAWrongNumberBesideItsFieldAndAChecksFollowUpGoesThroughPageAndApi() throws Exception {
        jdbc.sql("delete from monitoring_reminder").update();
        jdbc.sql("delete from monitoring_report_file").update();
        jdbc.sql("delete from monitoring_report").update();
        jdbc.sql("delete from monitoring_round").update();
        MonitoringWorld world = new MonitoringWorld(new ReviewWorld(calls, enterprises, users, clock, applications,
                recommendations, reviews, pool, experts, meetings), clock, proposals, drafts, notices, publications, 1);
        clock.set(LocalDate.of(2026, 11, 2).atTime(9, 0));
        rounds.open(2026, "2026-11-02", "2026-11-30", MonitoringWorld.officer());
        Report report = reports.ofDesignation(world.project(0).id(), MonitoringWorld.officer()).get(0);
        // the page's field problems are keyed "indicators[CODE]": each shown beside its own field, the value kept
        String page = mvc.perform(post("/monitoring/reports/" + report.id()).with(csrf()).with(as(world.unit(0)))
                        .param("version", String.valueOf(report.version())).param("action", "save")
                        .param("achieved.OPERATING_COST", "七百五十").param("achieved.DEFECT_RATE", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        assertThat(page)
                .contains("value=\"七百五十\" aria-label=\"运营成本降低的实际值\" "
                        + "aria-describedby=\"achieved-OPERATING_COST-error\" aria-invalid=\"true\">")
                .contains("<div id=\"achieved-OPERATING_COST-error\" class=\"invalid-feedback d-block\">"
                        + "运营成本的实际值须为数字。</div>")
                .contains("<div id=\"achieved-DEFECT_RATE-error\" class=\"invalid-feedback d-block\">"
                        + "产品不良品率的实际值不能为负数。</div>")
                .doesNotContain("achieved-DEVELOPMENT_CYCLE-error");
        assertThat(reports.find(report.id(), world.unit(0)).orElseThrow().version()).isEqualTo(report.version());

        long designation = world.project(0).id();
        List<String> findings = checks.checklist(designation, MonitoringWorld.officer()).stream()
                .map(i -> "PARTLY").toList();
        SpotCheck check = checks.record(designation, new NewSpotCheck("2026-11-02", findings, List.of(),
                "设备联网率低于要素条件。", "RECTIFYING", "2026-12-15", "提高关键设备联网率。", null, null, null),
                MonitoringWorld.officer());
        mvc.perform(get("/monitoring/checks/" + check.id()).with(as(MonitoringWorld.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"follow-up-form\"")));
        mvc.perform(post("/monitoring/checks/" + check.id() + "/follow-up").with(csrf())
                        .with(as(MonitoringWorld.officer())).param("followUp", "QUALIFIED").param("followUpNote", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "id=\"followUpNote-error\" class=\"invalid-feedback d-block mb-2\">请填写复查情况。")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"follow-up-form\"")));
        String body = "{\"followUp\":\"QUALIFIED\",\"note\":\"复查：联网率已达93%。\"}";
        mvc.perform(post("/api/v1/monitoring/checks/" + check.id() + "/follow-up").with(csrf())
                        .with(as(world.unit(0))).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/monitoring/checks/" + check.id() + "/follow-up").with(csrf())
                        .with(as(MonitoringWorld.officer())).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.followUp").value("QUALIFIED"))
                .andExpect(jsonPath("$.followUpNote").value("复查：联网率已达93%。"));
        mvc.perform(post("/api/v1/monitoring/checks/" + check.id() + "/follow-up").with(csrf())
                        .with(as(MonitoringWorld.officer())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"followUp\":\"REMOVED\",\"note\":\"改判\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/monitoring/checks/" + check.id()).with(as(MonitoringWorld.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "id=\"follow-up-form\""))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "id=\"check-follow-up\">整改到位（合格）")));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(long id, String body,
                                                                                         CurrentUser user) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/monitoring/reports/" + id + "/draft").with(csrf()).with(as(user))
                .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
