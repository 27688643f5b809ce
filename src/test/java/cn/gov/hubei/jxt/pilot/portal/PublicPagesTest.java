package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.portal.PortalFixtures.Filed;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages without login: each answers 200 with {@code Cache-Control: public, max-age=60}, sets no cookie and
 * creates no session; no page shows a contact telephone, mobile or e-mail of the demo enterprises; the certificate
 * check takes a verification address or token; the library's page lists what the filters find.
 */
@IntegrationTest
class PublicPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired TypicalScenarios scenarios;
    @Autowired ScenarioLibrary library;

    PortalFixtures world;
    CallSummary call;

    @BeforeEach
    void world() {
        world = new PortalFixtures(calls, enterprises, users, clock, applications, recommendations, reviews);
        call = world.openCall();
    }

    private long published(String tag, String stage) {
        Filed filed = world.passed(call.id(), "420500", tag + "项目", List.of("DISCRETE"),
                List.of(PortalFixtures.scenario(tag + "场景", stage)));
        CurrentUser officer = PortalFixtures.officer();
        TypicalScenario s = scenarios.candidates(null, officer).stream()
                .filter(x -> x.applicationId() == filed.id()).findFirst().orElseThrow();
        scenarios.act(s.id(), "consent", null, null, world.user(filed.applicant()));
        scenarios.act(s.id(), "approve", null, null, officer);
        return s.id();
    }

    @Test
    void publicPagesAreCachedForAMinuteAndSetNoCookie() throws Exception {
        long id = published("缓存" + call.id(), "DESIGN");
        for (String page : List.of("/public", "/public/projects", "/public/projects?year=2026&division=420500&q=x",
                "/public/scenarios", "/public/scenarios?stage=DESIGN&mode=DISCRETE&page=1", "/public/scenarios/" + id,
                "/public/verify", "/api/v1/public/scenarios", "/api/v1/public/projects",
                "/api/v1/public/scenarios/" + id)) {
            MvcResult r = mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
            assertThat(r.getResponse().getHeader("Cache-Control")).as(page).isEqualTo("public, max-age=60");
            assertThat(r.getResponse().getHeaders("Set-Cookie")).as(page).isEmpty();
            assertThat(r.getResponse().getCookies()).as(page).isEmpty();
            assertThat(r.getRequest().getSession(false)).as(page).isNull();
        }
    }

    @Test
    void theLibrarysPageListsExactlyWhatTheFiltersFind() throws Exception {
        String tag = "页面" + call.id();
        long design = published(tag + "甲", "DESIGN");
        long sales = published(tag + "乙", "SALES");
        String all = html("/public/scenarios?q=" + tag);
        assertThat(ids(all)).containsExactlyInAnyOrder(design, sales);
        assertThat(all).contains("共 2 条");
        assertThat(ids(html("/public/scenarios?q=" + tag + "&stage=SALES"))).containsExactly(sales);
        assertThat(ids(html("/public/scenarios?q=" + tag + "&stage=NOPE&mode=%3Cscript%3E"))).hasSize(2);
        String page = html("/public/scenarios/" + design);
        assertThat(page).contains(tag + "甲场景：问题").contains(tag + "甲场景：方案").contains(tag + "甲场景：效果")
                .contains("lang=\"zh-CN\"").contains("href=\"#main\"").doesNotContain("<script");
        mvc.perform(get("/public/scenarios/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/public/projects/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void noPublicPageShowsAContactOfTheDemoEnterprises() throws Exception {
        List<String> contacts = contactsOfTheDemoEnterprises();
        assertThat(contacts).contains("0717-6220001", "qiye-yc1@demo.example", "13597600001");
        List<String> pages = new ArrayList<>(List.of("/public", "/public/projects", "/public/scenarios",
                "/api/v1/public/scenarios", "/api/v1/public/projects"));
        ScenarioLibrary.Page demo = library.search(new ScenarioLibrary.Filter(null, null, null, null, 0));
        assertThat(demo.total()).isPositive();
        for (ScenarioLibrary.PublicScenario s : demo.scenarios()) {
            pages.add("/public/scenarios/" + s.id());
            pages.add("/api/v1/public/scenarios/" + s.id());
        }
        for (String page : pages) {
            String body = html(page);
            for (String contact : contacts) {
                assertThat(body).as(page).doesNotContain(contact);
            }
        }
    }

    @Test
    void theCertificateCheckTakesAnAddressOrAToken() throws Exception {
        mvc.perform(get("/public/verify").param("address", "https://jxt.hubei.gov.cn/public/certificates/Ab3_x-9Zk2"))
                .andExpect(redirectedUrl("/public/certificates/Ab3_x-9Zk2"));
        mvc.perform(get("/public/verify").param("address", " Ab3_x-9Zk2 "))
                .andExpect(redirectedUrl("/public/certificates/Ab3_x-9Zk2"));
        String refused = mvc.perform(get("/public/verify").param("address", "<script>alert(1)</script>"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("无法识别该查验地址或查验码，请核对后重新输入。").contains("aria-invalid=\"true\"")
                .doesNotContain("<script>alert");
    }

    private String html(String page) throws Exception {
        return mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Long> ids(String html) {
        Matcher m = Pattern.compile("data-scenario=\"(\\d+)\"").matcher(html);
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    static List<String> contactsOfTheDemoEnterprises() throws Exception {
        String json = Files.readString(Path.of("src/main/resources/demo/enterprises-2026.json"));
        Matcher m = Pattern.compile("\"(?:contactPhone|contactMobile|email)\":\\s*\"([^\"]+)\"").matcher(json);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
