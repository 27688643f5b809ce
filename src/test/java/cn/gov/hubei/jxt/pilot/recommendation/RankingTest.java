package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ranked list: recommended applications join at the end, the recommender reorders them by the API (as the drag
 * and drop does) and with the 上移 / 下移 forms, and a page or client holding an old version is told, not obeyed.
 */
@ApplicationIntegrationTest
class RankingTest {

    static final String YICHANG = "420500";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;
    @Autowired JdbcClient jdbc;

    Recommending fixture;
    CallSummary call;
    String recommender;
    Cookie session;
    long a;
    long b;
    long c;

    @BeforeEach
    void threeRecommendedApplications() throws Exception {
        fixture = new Recommending(mvc, calls, enterprises, users, clock, applications, service);
        call = fixture.call(null);
        recommender = fixture.recommender(YICHANG);
        a = fixture.plain(call, YICHANG, "排序甲").applicationId();
        b = fixture.plain(call, YICHANG, "排序乙").applicationId();
        c = fixture.plain(call, YICHANG, "排序丙").applicationId();
        for (long id : List.of(a, b, c)) {
            fixture.recommend(id, YICHANG, recommender);
        }
        session = fixture.login(recommender);
    }

    private List<Long> order() {
        return service.ranking(call, YICHANG).entries().stream().map(RankedEntry::applicationId).toList();
    }

    private long version() {
        return service.ranking(call, YICHANG).version();
    }

    @Test
    void recommendedApplicationsJoinAtTheEndAndTheApiReordersThemAuditingBeforeAndAfter() throws Exception {
        assertThat(order()).containsExactly(a, b, c);
        long version = version();
        String path = "/api/v1/recommendation/calls/" + call.id() + "/ranking";
        mvc.perform(get(path).cookie(session)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + version + "\""))
                .andExpect(jsonPath("$.entries[0].applicationId").value(a))
                .andExpect(jsonPath("$.entries[2].rank").value(3))
                .andExpect(jsonPath("$.statusLabel").value("推荐中"));

        mvc.perform(put(path + "/order").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"applicationIds\":[" + c + "," + a + "," + b + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.entries[0].applicationId").value(c))
                .andExpect(jsonPath("$.entries[0].rank").value(1))
                .andExpect(jsonPath("$.entries[1].applicationId").value(a));

        assertThat(order()).containsExactly(c, a, b);
        assertThat(service.rankOf(b)).hasValue(3);
        var reordered = new AuditEntries(jdbc).withAction("recommendation.reordered", "recommendation_list",
                call.id() + "/" + YICHANG);
        assertThat(reordered).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(recommender);
            assertThat(e.details().get("before")).isEqualTo(List.of((int) a, (int) b, (int) c));
            assertThat(e.details().get("after")).isEqualTo(List.of((int) c, (int) a, (int) b));
        });
    }

    @Test
    void theUpAndDownFormsMoveOneEntryWithoutJavaScript() throws Exception {
        mvc.perform(get("/recommendation/ranking").param("call", String.valueOf(call.id())).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("排序甲")))
                .andExpect(content().string(containsString("/js/ranking.js")))
                .andExpect(content().string(containsString("name=\"direction\" value=\"down\"")));
        mvc.perform(post("/recommendation/ranking/move").cookie(session).with(csrf())
                        .param("call", String.valueOf(call.id())).param("applicationId", String.valueOf(c))
                        .param("version", String.valueOf(version())).param("direction", "up"))
                .andExpect(redirectedUrl("/recommendation/ranking?call=" + call.id() + "#move-" + c + "-up"))
                .andExpect(flash().attribute("success", "顺序已调整。"));
        assertThat(order()).containsExactly(a, c, b);
        mvc.perform(post("/recommendation/ranking/move").cookie(session).with(csrf())
                        .param("call", String.valueOf(call.id())).param("applicationId", String.valueOf(a))
                        .param("version", String.valueOf(version())).param("direction", "down"))
                .andExpect(redirectedUrl("/recommendation/ranking?call=" + call.id() + "#move-" + a + "-down"))
                .andExpect(flash().attribute("success", "顺序已调整。"));
        assertThat(order()).containsExactly(c, a, b);
        // back to the moved row's button; at the top its 上移 is disabled, so the page is sent to its 下移
        mvc.perform(post("/recommendation/ranking/move").cookie(session).with(csrf())
                        .param("call", String.valueOf(call.id())).param("applicationId", String.valueOf(a))
                        .param("version", String.valueOf(version())).param("direction", "up"))
                .andExpect(redirectedUrl("/recommendation/ranking?call=" + call.id() + "#move-" + a + "-down"));
        assertThat(order()).containsExactly(a, c, b);
        mvc.perform(get("/recommendation/ranking").param("call", String.valueOf(call.id())).cookie(session))
                .andExpect(content().string(containsString("id=\"move-" + a + "-down\"")))
                .andExpect(content().string(containsString("id=\"move-" + b + "-up\"")));
        assertThat(new AuditEntries(jdbc).withAction("recommendation.reordered", "recommendation_list",
                call.id() + "/" + YICHANG)).hasSize(3);
    }

    @Test
    void aStaleOrderIsAConflictThatKeepsTheOtherChange() throws Exception {
        long stale = version();
        service.move(call.id(), YICHANG, stale, b, true, recommender);
        assertThat(order()).containsExactly(b, a, c);

        // the API (the drag and drop of a second tab) still holds the old version
        mvc.perform(put("/api/v1/recommendation/calls/" + call.id() + "/ranking/order").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + stale + ",\"applicationIds\":[" + c + "," + b + "," + a + "]}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("推荐名单已被他人修改（您看到的是第" + stale + "版，现为第" + (stale + 1)
                        + "版），您的修改未保存。页面已显示最新名单，请确认后重新操作。"))
                .andExpect(jsonPath("$.currentVersion").value(stale + 1))
                .andExpect(jsonPath("$.currentOrder[0]").value(b));
        // the drag-and-drop endpoint answers ranking.js with the current order
        mvc.perform(post("/recommendation/ranking/order").cookie(session).with(csrf())
                        .param("call", String.valueOf(call.id())).param("version", String.valueOf(stale))
                        .param("order", String.valueOf(c), String.valueOf(b), String.valueOf(a)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.version").value(stale + 1))
                .andExpect(jsonPath("$.order[0]").value(b));
        // an up/down form of a stale page
        mvc.perform(post("/recommendation/ranking/move").cookie(session).with(csrf())
                        .param("call", String.valueOf(call.id())).param("applicationId", String.valueOf(c))
                        .param("version", String.valueOf(stale)).param("direction", "up"))
                .andExpect(flash().attribute("error", "推荐名单已被他人修改（您看到的是第" + stale + "版，现为第"
                        + (stale + 1) + "版），您的修改未保存。页面已显示最新名单，请确认后重新操作。"));
        assertThat(order()).containsExactly(b, a, c);

        // a remark typed on a stale page is shown again in its row, so that it can be saved on the new list
        mvc.perform(post("/recommendation/ranking/remark").cookie(session).with(csrf())
                        .param("call", String.valueOf(call.id())).param("applicationId", String.valueOf(a))
                        .param("version", String.valueOf(stale)).param("remark", "建议优先安排现场查看"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您的修改未保存")))
                .andExpect(content().string(containsString("value=\"建议优先安排现场查看\"")));
        assertThat(service.ranking(call, YICHANG).entries().get(1).remark()).isNull();
        // the drag-and-drop endpoint also answers an order that is not the list's entries as a conflict
        mvc.perform(post("/recommendation/ranking/order").cookie(session).with(csrf())
                        .param("call", String.valueOf(call.id())).param("version", String.valueOf(stale + 1))
                        .param("order", String.valueOf(a), String.valueOf(b)))
                .andExpect(status().isConflict());
        mvc.perform(post("/recommendation/ranking/order").cookie(session).with(csrf())
                        .param("call", String.valueOf(call.id())).param("version", String.valueOf(stale + 1))
                        .param("order", String.valueOf(c), String.valueOf(b), String.valueOf(a)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(stale + 2))
                .andExpect(jsonPath("$.message").value("新的顺序已保存。"));
        assertThat(order()).containsExactly(c, b, a);
    }

    @Test
    void aRemarkIsSavedAuditedAndLimitedTo200Characters() throws Exception {
        String path = "/api/v1/recommendation/calls/" + call.id() + "/ranking/entries/" + b + "/remark";
        mvc.perform(put(path).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"remark\":\"" + "智".repeat(201) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("remark"))
                .andExpect(jsonPath("$.errors[0].message").value("备注不能超过200字（现为201字）。"));
        mvc.perform(post("/recommendation/ranking/remark").cookie(session).with(csrf())
                        .param("call", String.valueOf(call.id())).param("applicationId", String.valueOf(b))
                        .param("version", String.valueOf(version())).param("remark", "  两化融合贯标企业  "))
                .andExpect(flash().attribute("success", "备注已保存。"));
        assertThat(service.ranking(call, YICHANG).entries().get(1).remark()).isEqualTo("两化融合贯标企业");
        assertThat(new AuditEntries(jdbc).withAction("recommendation.remark-changed", "recommendation_list",
                call.id() + "/" + YICHANG)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("after", "两化融合贯标企业")
                        .containsEntry("applicationId", (int) b));
    }
}
