package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo role's main pages and the anonymous pages, at a desktop width and at the width of a phone (390 px):
 * no critical or serious WCAG 2.1 A/AA violation (axe-core) and no page that scrolls sideways or squeezes a table
 * cell to a character per line. Screenshots of the phone pages in target/screenshots/a11y-*.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    static final String PASSWORD = "Demo#2020";

    @Autowired ProjectApplications applications;
    @LocalServerPort int port;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    /** A page to visit: a fixed path, or one found by following the first matching link of another page. */
    record Visit(String name, Function<Page, String> path) {

        static Visit to(String path) {
            return new Visit(path, page -> path);
        }

        /** Opens {@code from} and follows the first link that matches {@code link}. */
        static Visit firstLink(String name, String from, String link) {
            return new Visit(name, page -> {
                page.navigate(from);
                Locator found = page.locator(link).first();
                assertThat(found.count()).as("a link %s on %s", link, from).isPositive();
                return found.getAttribute("href");
            });
        }

        /** The page found so, with {@code suffix} added to its path. */
        Visit then(String suffix) {
            return new Visit(name, page -> path.apply(page) + suffix);
        }
    }

    @Test
    void theAnonymousPagesAreAccessibleAndFitAPhone() {
        List<Visit> visits = List.of(Visit.to("/"), Visit.to("/login"), Visit.to("/register"),
                Visit.to("/reference"), Visit.to("/reference/divisions"), Visit.to("/reference/modes"),
                Visit.to("/reference/element-conditions"), Visit.to("/reference/element-conditions/2020"),
                Visit.to("/reference/content-items"), Visit.to("/reference/indicators"),
                Visit.to("/reference/industries"));
        assertThat(problems(null, visits)).isEmpty();
    }

    @Test
    void theApplicantsPagesAreAccessibleAndFitAPhone() {
        String application = "main a[href^='/applications/']:not([href*='/new'])";
        assertThat(problems("applicant", List.of(Visit.to("/"), Visit.to("/applications"),
                Visit.firstLink("application", "/applications", application),
                Visit.firstLink("plan", "/applications", application).then("/sections/plan"),
                Visit.firstLink("attachments", "/applications", application).then("/sections/attachments"),
                Visit.firstLink("implementation", "/applications", application).then("/sections/implementation"),
                Visit.to("/enterprise/profile"), Visit.to("/enterprise/members"), Visit.to("/inbox"),
                Visit.to("/account/password"), Visit.to("/reference")))).isEmpty();
    }

    @Test
    void theRecommendersPagesAreAccessibleAndFitAPhone() {
        List<String> problems = new ArrayList<>(problems("wuhan", recommenderVisits(demoCallOf("420100"))));
        problems.addAll(problems("yichang", recommenderVisits(demoCallOf("420500"))));
        assertThat(problems).isEmpty();
    }

    /** Other tests open calls of their own in the shared database: the workspace of the call with the demo data. */
    private static List<Visit> recommenderVisits(long call) {
        String workspace = "/recommendation?call=" + call;
        return List.of(Visit.to("/"), Visit.to(workspace), Visit.to("/recommendation/ranking?call=" + call),
                Visit.firstLink("recommendation-review", workspace, "main a[href^='/recommendation/applications/']"),
                Visit.to("/applications"), Visit.to("/inbox"));
    }

    /** The call of the division's first application: the demo data is loaded before any test runs. */
    private long demoCallOf(String division) {
        return applications.list(ApplicationQuery.in(ApplicationScope.division(division))).stream()
                .min(java.util.Comparator.comparingLong(ApplicationSummary::id)).orElseThrow().callId();
    }

    @Test
    void theOfficersPagesAreAccessibleAndFitAPhone() {
        assertThat(problems("officer", List.of(Visit.to("/"), Visit.to("/calls"),
                Visit.firstLink("call", "/calls", "main a[href^='/calls/']:not([href$='/new'])"),
                Visit.to("/calls/new"), Visit.to("/recommendation/overview"),
                Visit.firstLink("division-list", "/recommendation/overview", "main a[href^='/recommendation/lists/']"),
                Visit.to("/intake"),
                Visit.firstLink("intake-queue", "/intake", "main a[href^='/intake?']"),
                Visit.to("/enterprises/registrations"), Visit.to("/applications"), Visit.to("/inbox")))).isEmpty();
    }

    @Test
    void theExpertsAndAdministratorsPagesAreAccessibleAndFitAPhone() {
        List<String> problems = new ArrayList<>(problems("expert1", List.of(Visit.to("/"), Visit.to("/reference"))));
        problems.addAll(problems("sysadmin", List.of(Visit.to("/"), Visit.to("/admin/users"),
                Visit.to("/admin/users/new"),
                Visit.firstLink("user", "/admin/users", "main a[href^='/admin/users/']:not([href$='/new'])"),
                Visit.to("/admin/calendar"),
                Visit.firstLink("calendar-year", "/admin/calendar", "main a[href^='/admin/calendar/']"))));
        problems.addAll(problems("secadmin", List.of(Visit.to("/"), Visit.to("/admin/policy"))));
        problems.addAll(problems("auditor", List.of(Visit.to("/"), Visit.to("/audit"))));
        assertThat(problems).isEmpty();
    }

    @Test
    void keyboardFocusOnTheNavigationIsVisible() {
        Page page = browser.newPage();
        Browser.login(page, "officer", PASSWORD);
        page.navigate("/calls");
        Locator calls = page.locator("nav a.dropdown-item[href='/calls']");
        assertThat(calls.getAttribute("aria-current")).isEqualTo("page");
        page.locator("nav a.navbar-brand").focus();
        page.keyboard().press("Tab");
        Locator focused = page.locator("nav a.nav-link[href='/']");
        assertThat((Boolean) focused.evaluate("e => e === document.activeElement")).isTrue();
        assertThat(focused.evaluate("e => getComputedStyle(e).outlineStyle")).isEqualTo("solid");
        assertThat(focused.evaluate("e => getComputedStyle(e).outlineColor")).isEqualTo("rgb(255, 212, 59)");
        Browser.screenshot(page, "a11y-navigation-focus");
        page.context().close();
    }

    /** Visits each page as {@code user} (null: not logged in) on a desktop and on a phone; what is wrong. */
    private List<String> problems(String user, List<Visit> visits) {
        List<String> problems = new ArrayList<>();
        for (boolean phone : new boolean[]{false, true}) {
            Page page = phone ? browser.newPhonePage() : browser.newPage();
            if (user != null) {
                Browser.login(page, user, PASSWORD);
            }
            for (Visit visit : visits) {
                String path = visit.path().apply(page);
                page.navigate(path);
                String name = (user == null ? "anonymous" : user) + " " + visit.name() + (phone ? " @390" : "");
                assertThat(page.locator("body").textContent()).as(name).doesNotContain("Whitelabel");
                try {
                    Browser.assertAccessible(page, name);
                } catch (AssertionError e) {
                    problems.add(e.getMessage());
                }
                if (phone) {
                    Browser.screenshot(page, "a11y-" + (user == null ? "anonymous" : user) + "-"
                            + visit.name().replaceAll("[^A-Za-z0-9-]+", "-"));
                    try {
                        Browser.assertNoHorizontalScroll(page, name);
                    } catch (AssertionError e) {
                        problems.add(e.getMessage());
                    }
                }
            }
            page.context().close();
        }
        return problems;
    }
}
