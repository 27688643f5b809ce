package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.call.NewCall;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home pages in a real browser, at desktop width and at 390 px (a phone): the anonymous start page, the demo
 * applicant's applications with their next step, 武汉's recommender's open work and the officer's desk. Screenshots
 * in target/screenshots.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePagesBrowserTest {

    static final String DEMO_DRAFT = "新能源汽车零部件产业链网络协同制造平台";
    static final String DEMO_SUBMITTED = "基于工业互联网的新能源汽车零部件智能工厂";

    @LocalServerPort int port;
    @Autowired Calls calls;
    @Autowired Clock clock;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    /** Screenshots at desktop width and at 390 px; at 390 px nothing may stick out sideways. */
    static void bothWidths(Page page, String name) {
        Browser.screenshot(page, name);
        page.setViewportSize(390, 844);
        Browser.screenshot(page, name + "-390");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("page width at 390 px")
                .isLessThanOrEqualTo(390);
        page.setViewportSize(1280, 900);
    }

    @Test
    void theAnonymousStartPageExplainsTheProgrammeAndLeadsToLoginAndRegistration() {
        // Other tests move their clocks past the demo call's deadlines in the shared database: a call of its own
        String title = aCallOpenForFiling();
        Page page = browser.newPage();
        page.navigate("/");
        assertThat(page.locator("main h1")).hasText("湖北省智能制造试点示范项目");
        assertThat(page.locator("[data-steps] li")).hasText(new String[]{"申报", "推荐", "形式审查", "实地查看与专家评审",
                "公示", "认定"});
        assertThat(page.locator("main")).containsText("离散型智能制造");
        assertThat(page.locator("main")).containsText("工业互联网");
        Locator demoCall = page.locator("[data-call]").filter(new Locator.FilterOptions().setHasText(title)).first();
        assertThat(demoCall).containsText("申报中");
        assertThat(demoCall).containsText("申报时间：");
        bothWidths(page, "home-public");
        page.locator("main").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("企业注册")).click();
        assertThat(page).hasURL(Pattern.compile(".*/register$"));
        page.goBack();
        page.locator("main").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("登录")).click();
        assertThat(page.locator("main h1")).hasText("登录");
        page.context().close();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theApplicantSeesWhereEachApplicationStandsAndContinuesTheDraftFromTheHomePage() {
        Page page = browser.newPage();
        Browser.login(page, "applicant", "Demo#2020");
        Locator submitted = page.locator("[data-application]").filter(new Locator.FilterOptions()
                .setHasText(DEMO_SUBMITTED));
        assertThat(submitted).containsText("当前办理：推荐单位（武汉市经信局）");
        assertThat(submitted).containsText(Pattern.compile("\\d{4}-420100-\\d{4}"));
        Locator draft = page.locator("[data-application]").filter(new Locator.FilterOptions().setHasText(DEMO_DRAFT));
        assertThat(draft).containsText("当前办理：本企业");
        assertThat(draft).containsText("申报截止：");
        bothWidths(page, "home-applicant-work");
        draft.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("继续填写")).click();
        assertThat(page.locator("main h1")).hasText(DEMO_DRAFT);
        assertThat(page.locator("main")).containsText(Pattern.compile("申报编号：\\d{4}-420100-\\d{4}"));
        page.context().close();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theRecommenderAndTheOfficerSeeTheirOpenWork() {
        Page wuhan = browser.newPage();
        Browser.login(wuhan, "wuhan", "Demo#2020");
        Locator call = wuhan.locator("[data-call]").filter(new Locator.FilterOptions()
                .setHasText("湖北省智能制造试点示范项目遴选")).first();
        assertThat(call).containsText("待审核的申报书");
        assertThat(call).containsText("推荐名单");
        assertThat(call).containsText("推荐截止：");
        bothWidths(wuhan, "home-recommender-work");
        call.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("审核申报书")).click();
        assertThat(wuhan).hasURL(Pattern.compile(".*/recommendation\\?call=\\d+&status=SUBMITTED$"));
        wuhan.context().close();

        Page officer = browser.newPage();
        Browser.login(officer, "officer", "Demo#2020");
        // other classes open calls of their own (some with the demo's title, at 0 lists): the call with 宜昌's list
        Locator desk = officer.locator("[data-call]").filter(new Locator.FilterOptions()
                .setHasText("湖北省智能制造试点示范项目遴选")).filter(new Locator.FilterOptions()
                .setHasText("宜昌市")).first();
        assertThat(desk).containsText("已报送、待形式审查的推荐名单");
        assertThat(desk).containsText("宜昌市");
        bothWidths(officer, "home-officer-work");
        desk.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("开始形式审查")).click();
        assertThat(officer).hasURL(Pattern.compile(".*/intake\\?call=\\d+&status=AWAITING$"));
        officer.context().close();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String aCallOpenForFiling() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        ZonedDateTime opens = LocalDate.now(clock.withZone(shanghai)).minusDays(1).atStartOfDay(shanghai);
        String title = opens.getYear() + "年首页测试遴选" + System.nanoTime() % 100000;
        CallSummary call = calls.create(new NewCall(opens.getYear(), title, null, opens.toInstant(),
                opens.plusDays(30).toInstant(), opens.plusDays(40).toInstant(), 5, 3, "2020"), "browser-test");
        calls.publish(call.id(), "browser-test");
        return title;
    }
}
