package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.portal.PortalFixtures.Filed;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's main paths in a real browser: the applicant consents to publishing a scenario, the officer edits its
 * public title and approves it, and an anonymous person browses the library (filtered by life-cycle stage), the
 * scenario's page, the designated projects and the home, at desktop width and at 390 px. Every page checked with
 * axe-core; screenshots in target/screenshots.
 */
@BrowserTest
class PortalBrowserTest {

    @LocalServerPort int port;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired TypicalScenarios scenarios;

    @Test
    void theApplicantConsentsTheOfficerApprovesAndAnyoneFindsTheScenario() {
        PortalFixtures world = new PortalFixtures(calls, enterprises, users, clock, applications, recommendations,
                reviews);
        CallSummary call = world.openCall();
        String tag = "浏览" + call.id();
        Filed filed = world.passed(call.id(), "420500", tag + "电机智能工厂", List.of("DISCRETE"),
                List.of(PortalFixtures.scenario(tag + "数字化设计", "DESIGN")));
        String officer = world.account(Role.OFFICER, null, null);
        long id = scenarios.candidates(null, PortalFixtures.officer()).stream()
                .filter(s -> s.applicationId() == filed.id()).findFirst().orElseThrow().id();

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();

            // the applicant consents
            Browser.login(page, filed.applicant(), Filing.PASSWORD);
            page.navigate("/portal");
            page.locator("#scenario-" + id + " .consent-form button").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("已同意公开发布“" + tag + "数字化设计”，待省经信厅审核。");
            assertThat(page.locator("#scenario-" + id + " .consent-status")).hasText("企业已同意");
            Browser.screenshot(page, "portal-consents");
            Browser.assertAccessible(page, "portal-consents");
            Browser.logout(page);

            // the officer edits the public title, then approves
            Browser.login(page, officer, Filing.PASSWORD);
            page.navigate("/portal/scenarios?status=CONSENTED");
            page.locator("a[href='/portal/scenarios/" + id + "']").click();
            page.waitForLoadState();
            page.locator("#publicTitle").fill("");
            page.locator("#text-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("#publicTitle-error")).hasText("请填写公开标题。");
            Browser.assertAccessible(page, "portal-office-error");
            page.locator("#publicTitle").fill(tag + "：设计仿真一体化");
            page.locator("#publicSummary").fill("三维设计与仿真贯通，研发周期缩短。");
            page.locator("#text-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("已保存公开标题和摘要。");
            page.locator("#approve-form button").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("已批准发布“" + tag + "：设计仿真一体化”。");
            assertThat(page.locator("#scenario-status")).hasText("已发布");
            Browser.screenshot(page, "portal-office-approved");
            Browser.assertAccessible(page, "portal-office-approved");
            Browser.logout(page);

            // anyone browses: the home, the library filtered by stage, the scenario, the projects
            Page anonymous = browser.newPage();
            anonymous.navigate("/public");
            assertThat(anonymous.locator("h1")).hasText("公开平台");
            Browser.screenshot(anonymous, "portal-public-home");
            Browser.assertAccessible(anonymous, "portal-public-home");
            anonymous.locator("a[href='/public/scenarios']").first().click();
            anonymous.waitForLoadState();
            anonymous.locator("#stage").selectOption("DESIGN");
            anonymous.locator("#q").fill(tag);
            anonymous.locator("#scenario-filter button[type=submit]").click();
            anonymous.waitForLoadState();
            assertThat(anonymous.locator("#scenarios li")).hasCount(1);
            assertThat(anonymous.locator("#result-count")).hasText("共 1 条");
            Browser.screenshot(anonymous, "portal-public-scenarios");
            Browser.assertAccessible(anonymous, "portal-public-scenarios");
            anonymous.locator("#scenarios a").first().click();
            anonymous.waitForLoadState();
            assertThat(anonymous.locator("#scenario-title")).hasText(tag + "：设计仿真一体化");
            assertThat(anonymous.locator("#scenario-summary")).hasText("三维设计与仿真贯通，研发周期缩短。");
            Browser.screenshot(anonymous, "portal-public-scenario");
            Browser.assertAccessible(anonymous, "portal-public-scenario");
            anonymous.navigate("/public/projects");
            Browser.screenshot(anonymous, "portal-public-projects");
            Browser.assertAccessible(anonymous, "portal-public-projects");
            assertThat(anonymous.context().cookies()).isEmpty();

            Page phone = browser.newPhonePage();
            for (String path : List.of("/public", "/public/scenarios", "/public/scenarios/" + id, "/public/projects",
                    "/public/verify?address=x")) {
                phone.navigate(path);
                String name = "portal-phone" + path.replace('/', '-').replace('?', '-').replace('=', '-');
                Browser.screenshot(phone, name);
                Browser.assertAccessible(phone, name);
                Browser.assertNoHorizontalScroll(phone, name);
            }
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
