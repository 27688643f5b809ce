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
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The meetings' JSON API: the officer's path from creation to a verified draw, and its problems in Chinese. */
@IntegrationTest
class MeetingApiTest {

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
    @Autowired JsonMapper json;

    MeetingWorld world;

    @AfterEach
    void restore() {
        world.restore();
    }

    @Test
    void theOfficerCreatesGroupsDrawsAndVerifiesThroughTheApi() throws Exception {
        world = new MeetingWorld(mvc, calls, enterprises, users, clock, applications, recommendations, reviews, pool,
                experts);
        CallSummary call = world.openCall();
        ApplicationSummary app = world.passed(call.id(), "420100", "接口测试项目");
        List<Long> panel = List.of(world.expert("接口专家甲", "DISCRETE"), world.expert("接口专家乙", "DISCRETE"),
                world.expert("接口专家丙", "PROCESS"));
        world.onlyThesePoolExperts(panel);
        var officer = MeetingPermissionMatrixTest.as(MeetingWorld.officer());

        mvc.perform(post("/api/v1/meetings").with(officer).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"callId":%d,"title":"","meetingDate":"2031-03-20","place":"会议室",
                                 "expertsPerApplication":3,"coverage":4,"loadCap":1,"reservesPerGroup":0}"""
                                .formatted(call.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("请填写评审会名称。"))
                .andExpect(jsonPath("$.errors[1].field").value("coverage"));

        String created = mvc.perform(post("/api/v1/meetings").with(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"callId":%d,"title":"接口评审会","meetingDate":"2031-03-20","place":"会议室",
                                 "expertsPerApplication":3,"coverage":2,"loadCap":1,"reservesPerGroup":0}"""
                                .formatted(call.id())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PLANNED"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        mvc.perform(post("/api/v1/meetings/" + id + "/draw").with(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"seed\":1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("评审会还没有评审项目，不能抽取专家。"));
        mvc.perform(post("/api/v1/meetings/" + id + "/auto-group").with(officer).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1));
        // coverage 2 of 3 needs two 离散型 experts beside the 流程型 one: feasible; a cap of 1 is enough for 1 application
        String drawn = mvc.perform(post("/api/v1/meetings/" + id + "/draw").with(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"seed\":424242}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.seed").value(424242))
                .andExpect(jsonPath("$.seatCount").value(3)).andExpect(jsonPath("$.totalScore").value(8))
                .andReturn().getResponse().getContentAsString();
        String digest = json.readTree(drawn).get("inputDigest").asString();
        mvc.perform(post("/api/v1/meetings/" + id + "/verification").with(officer).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.digestMatches").value(true))
                .andExpect(jsonPath("$.sameResult").value(true)).andExpect(jsonPath("$.rerunDigest").value(digest));
        JsonNode meeting = json.readTree(mvc.perform(get("/api/v1/meetings/" + id).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(meeting.get("meeting").get("status").asString()).isEqualTo("DRAWN");
        assertThat(meeting.get("seats")).hasSize(3);
        assertThat(meeting.get("agenda").get(0).get("applicationId").asLong()).isEqualTo(app.id());
        assertThat(meeting.get("draw").get("inputDigest").asString()).isEqualTo(digest);
        mvc.perform(post("/api/v1/meetings/" + id + "/start").with(officer).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("评审会定于 2031-03-20 召开，当天起才能开始评审。"));

        // the drawn expert: the invitation with the pledge text, accept, pledge
        var expert = MeetingPermissionMatrixTest.as(world.asExpert(panel.get(0)));
        mvc.perform(get("/api/v1/meetings/" + id).with(expert)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings/" + id + "/invitation").with(expert)).andExpect(status().isOk())
                .andExpect(jsonPath("$.invitation.state").value("INVITED"))
                .andExpect(jsonPath("$.seats").isEmpty());
        mvc.perform(post("/api/v1/meetings/" + id + "/invitation/pledge").with(expert).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/meetings/" + id + "/invitation/accept").with(expert).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.invitation.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.seats[0].applicationId").value(app.id()))
                .andExpect(jsonPath("$.seats[0].readable").value(false));
        mvc.perform(post("/api/v1/meetings/" + id + "/invitation/pledge").with(expert).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.seats[0].readable").value(true));
        mvc.perform(get("/api/v1/meetings/invitations").with(expert)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].meeting.id").value(id));
    }
}
