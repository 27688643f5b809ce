package cn.gov.hubei.jxt.pilot.analytics;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.DatabaseInvariants;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.SuspendsInvariants;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards in a real browser, filled with the synthetic data (3 calls × 400 applications, seeded): the office
 * sees every division and every chart drawn beside its table, filters a call, downloads a table as .xlsx; the 宜昌
 * recommender sees its own division only, whatever the address asks. Desktop and 390 px, axe-core (critical and
 * serious: none), screenshots {@code analytics-*.png}. The synthetic rows stand for the later stages' outcomes
 * without their histories and lists.
 */
@BrowserTest
@SuspendsInvariants(value = {DatabaseInvariants.WITH_PROVINCE_ON_LIST, DatabaseInvariants.STATUS_FROM_HISTORY,
        DatabaseInvariants.FORMAL_REVIEW_AGREES_WITH_STATUS, DatabaseInvariants.REVIEWED_STATUS_HAS_FORMAL_REVIEW,
        DatabaseInvariants.RELEASED_NOTICE_RELEASED_ITS_PROPOSAL, DatabaseInvariants.DESIGNATED_PROJECT_PASSED_IN_ITS_CALL},
        because = "the synthetic data of the analytics stand for the stages' outcomes without their histories")
class AnalyticsBrowserTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;
    @Autowired Dashboards dashboards;

    @Test
    void theOfficeAndARecommenderLookAtTheirDashboards() throws Exception {
        List<Long> ids = new AnalyticsData(jdbc, json).generate(3, 400, 20261205L, 2040);
        dashboards.refresh();
        clock.set(LocalDateTime.of(2043, 1, 10, 10, 0));
        Filing filing = new Filing(mvc, calls, enterprises, users, clock);
        String officer = filing.account(Role.OFFICER, null, null);
        String yichang = filing.account(Role.RECOMMENDER, null, "420500");

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            Browser.login(page, officer, Filing.PASSWORD);
            Page phone = browser.newPhonePage();
            Browser.login(phone, officer, Filing.PASSWORD);
            String call = "/analytics?call=" + ids.get(2);
            page.navigate(call);
            phone.navigate(call);
            drawn(page);
            assertThat(page.locator("#analytics-scope")).hasText("全省（17 个市州）");
            assertThat(page.locator("table[data-table-of=divisions] tbody tr")).hasCount(17);
            assertThat(page.locator("table[data-table-of=funnel] tbody tr")).hasCount(8);
            assertThat(page.locator("figure .analytics-canvas[aria-hidden=true] canvas")).hasCount(Chart.values().length);
            look(page, phone, "analytics-office");
            page.locator("#chart-divisions").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(Browser.SCREENSHOTS.resolve("analytics-office-divisions.png")));

            Download download = page.waitForDownload(() -> page.locator("#chart-funnel a.btn").click());
            assertThat(download.suggestedFilename()).isEqualTo("analytics-funnel.xlsx");
            assertThat(Files.size(download.path())).isGreaterThan(1000);

            // the filter: every call of a year
            page.selectOption("#filter-call", "");
            page.selectOption("#filter-year", "2041");
            page.locator("#analytics-filter button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*year=2041.*"));
            drawn(page);

            Page own = browser.newPage();
            Browser.login(own, yichang, Filing.PASSWORD);
            Page ownPhone = browser.newPhonePage();
            Browser.login(ownPhone, yichang, Filing.PASSWORD);
            String guessed = call + "&division=420100";
            own.navigate(guessed);
            ownPhone.navigate(guessed);
            drawn(own);
            assertThat(own.locator("#analytics-scope")).hasText("本市州：宜昌市");
            assertThat(own.locator("table[data-table-of=divisions] tbody tr")).hasCount(1);
            assertThat(own.locator("table[data-table-of=divisions] tbody tr")).hasAttribute("data-key", "420500");
            look(own, ownPhone, "analytics-recommender");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static void drawn(Page page) {
        page.waitForLoadState();
        assertThat(page.locator(".analytics-canvas[data-drawn=true]")).hasCount(Chart.values().length);
    }

    private static void look(Page desktop, Page phone, String name) {
        drawn(phone);
        Browser.screenshot(desktop, name);
        Browser.assertAccessible(desktop, name);
        Browser.screenshot(phone, name + "-phone");
        Browser.assertAccessible(phone, name + "-phone");
        Browser.assertNoHorizontalScroll(phone, name + "-phone");
    }
}
