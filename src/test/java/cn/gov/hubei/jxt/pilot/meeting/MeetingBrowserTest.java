package cn.gov.hubei.jxt.pilot.meeting;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.TreeSet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review meeting's main path in a real browser: the officer creates a meeting, groups the applications, draws
 * with a seed, cancels and draws again with the same seed (the same panels), verifies the draw; a drawn expert accepts
 * the invitation and signs the pledge. axe-core on every page, screenshots at desktop width and 390 px.
 */
@BrowserTest
class MeetingBrowserTest {

    @LocalServerPort int port;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired ExpertPool pool;
    @Autowired Experts experts;

    MeetingWorld world;

    @AfterEach
    void restore() {
        world.restore();
    }

    @Test
    void theOfficerDrawsTwiceWithOneSeedAndTheExpertAcceptsAndPledges() {
        world = new MeetingWorld(null, calls, enterprises, users, clock, applications, recommendations, reviews, pool,
                experts);
        CallSummary call = world.openCall();
        List<ApplicationSummary> apps = List.of(world.passed(call.id(), "420500", "宜昌化工流程数字化车间"),
                world.passed(call.id(), "420500", "宜昌食品智能工厂"));
        List<Long> panel = List.of(world.expert("周建国", "DISCRETE"), world.expert("李慧敏", "DISCRETE", "PROCESS"),
                world.expert("王志强", "PROCESS"));
        world.onlyThesePoolExperts(panel);
        String officer = world.filing.account(Role.OFFICER, null, null);

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            Browser.login(page, officer, Filing.PASSWORD);
            page.navigate("/meetings?call=" + call.id());
            Browser.assertAccessible(page, "meeting-list");
            page.locator("#new-meeting").click();
            page.waitForLoadState();
            page.locator("#callId").selectOption(String.valueOf(call.id()));
            page.locator("#title").fill("2031年智能制造试点示范项目专家评审会（浏览器测试）");
            page.locator("#meetingDate").fill(MeetingWorld.MEETING_DAY.toString());
            page.locator("#place").fill("湖北省经济和信息化厅三楼会议室");
            page.locator("#expertsPerApplication").fill("3");
            page.locator("#coverage").fill("1");
            page.locator("#loadCap").fill("2");
            page.locator("#reservesPerGroup").fill("0");
            Browser.screenshot(page, "meeting-new");
            Browser.assertAccessible(page, "meeting-new");
            page.locator("form[action='/meetings'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("#meeting-status")).hasText("筹备中");

            page.locator("#auto-group").click();
            page.waitForLoadState();
            assertThat(page.locator("#flash-success")).containsText("列入 2 个项目");
            page.locator("#seed").fill("2031");
            page.locator("#draw").click();
            page.waitForLoadState();
            assertThat(page.locator("#flash-success")).hasText("专家已抽取，邀请已发出。");
            assertThat(page.locator("#draw-seed")).hasText("2031");
            TreeSet<String> first = seats(page);
            assertThat(first).hasSize(6);
            String digest = page.locator("#draw-digest").textContent();
            Browser.screenshot(page, "meeting-drawn");
            Browser.assertAccessible(page, "meeting-drawn");

            page.locator("#cancel-draw").click();
            page.waitForLoadState();
            assertThat(page.locator("#meeting-status")).hasText("筹备中");
            page.locator("#seed").fill("2031");
            page.locator("#draw").click();
            page.waitForLoadState();
            assertThat(seats(page)).isEqualTo(first);
            assertThat(page.locator("#draw-digest")).hasText(digest);
            page.locator("#verify").click();
            page.waitForLoadState();
            assertThat(page.locator("#flash-success")).containsText("复核一致");
            Browser.screenshot(page, "meeting-verified");
            Browser.assertAccessible(page, "meeting-verified");
            String meetingUrl = page.url();
            Page phone = browser.newPhonePage();
            Browser.login(phone, officer, Filing.PASSWORD);
            phone.navigate(meetingUrl);
            Browser.screenshot(phone, "meeting-drawn-phone");
            Browser.assertAccessible(phone, "meeting-drawn-phone");
            Browser.logout(page);

            // a drawn expert: the invitation, accept, the names of the seats, the pledge
            Browser.login(page, world.username(panel.get(0)), Filing.PASSWORD);
            page.navigate("/meetings/invitations");
            assertThat(page.locator("main")).containsText("2031年智能制造试点示范项目专家评审会（浏览器测试）");
            Browser.screenshot(page, "meeting-invitation");
            Browser.assertAccessible(page, "meeting-invitation");
            page.locator("form[action$='/invitation/accept'] button").click();
            page.waitForLoadState();
            assertThat(page.locator("#flash-success")).containsText("您已接受邀请");
            assertThat(page.locator("main")).containsText(apps.get(0).enterpriseName());
            assertThat(page.locator(".pledge-text")).containsText("回避");
            page.locator("form[action$='/invitation/pledge'] button").click();
            page.waitForLoadState();
            assertThat(page.locator("#flash-success")).containsText("承诺已签署");
            assertThat(page.locator("[data-pledged]")).isVisible();
            assertThat(page.locator("a[href^='/applications/']").first()).isVisible();
            Browser.screenshot(page, "meeting-pledged");
            Browser.assertAccessible(page, "meeting-pledged");
            Page expertPhone = browser.newPhonePage();
            Browser.login(expertPhone, world.username(panel.get(0)), Filing.PASSWORD);
            expertPhone.navigate("/meetings/invitations");
            Browser.screenshot(expertPhone, "meeting-pledged-phone");
            Browser.assertAccessible(expertPhone, "meeting-pledged-phone");
            // the expert does not see the meeting's panels before it starts
            page.navigate(meetingUrl);
            assertThat(page.locator("main")).not().containsText("周建国");
            assertThat(browser.consoleErrors()).allMatch(e -> e.startsWith(meetingUrl + ":") && e.contains("404"));
        }
    }

    private static TreeSet<String> seats(Page page) {
        TreeSet<String> seats = new TreeSet<>();
        for (var li : page.locator("[data-application] li[data-seat]").all()) {
            seats.add(li.locator("xpath=ancestor::tr").getAttribute("data-application") + ":"
                    + li.getAttribute("data-seat"));
        }
        return seats;
    }
}
