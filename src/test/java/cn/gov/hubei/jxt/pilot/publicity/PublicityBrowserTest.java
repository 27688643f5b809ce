package cn.gov.hubei.jxt.pilot.publicity;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.Proposals.ProposalLine;
import cn.gov.hubei.jxt.pilot.review.ReviewWorld;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 公示 in a real browser: the officer drafts the notice from the call's proposal, reads the confirmation that
 * names who will be told, and releases it; an anonymous person reads it at desktop width and on a phone (390 px, the
 * list stacked into cards). axe-core on every page; screenshots {@code publicity-*.png}.
 */
@BrowserTest
class PublicityBrowserTest {

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
    @Autowired ReviewMeetings meetings;
    @Autowired Proposals proposals;

    @Test
    void theOfficerReleasesTheNoticeAndAnyoneReadsItOnADesktopAndAPhone() {
        ReviewWorld world = new ReviewWorld(calls, enterprises, users, clock, applications, recommendations, reviews,
                pool, experts, meetings).drawn(2, 3);
        world.start();
        proposals.record(world.meeting.id(), List.of(new ProposalLine(world.apps.get(0).id(), true, null),
                new ProposalLine(world.apps.get(1).id(), false, "综合得分低于拟公示线")), ReviewWorld.officer());
        clock.set(LocalDateTime.of(2026, 9, 29, 10, 0));
        String officer = world.filing.account(Role.OFFICER, null, null);
        String project = world.apps.get(0).projectName();

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            page.onDialog(dialog -> dialog.accept());
            Browser.login(page, officer, Filing.PASSWORD);
            page.navigate("/publicity");
            Browser.assertAccessible(page, "publicity-office");
            page.locator("#callId").selectOption(new SelectOption().setValue(String.valueOf(world.call.id())));
            // a holiday first: refused beside the field
            page.locator("#startDate").fill("2026-10-01");
            page.locator("form[action='/publicity'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("#startDate-error").textContent()).contains("国庆节");
            Browser.screenshot(page, "publicity-refused");
            Browser.assertAccessible(page, "publicity-refused");
            page.locator("#callId").selectOption(new SelectOption().setValue(String.valueOf(world.call.id())));
            page.locator("#startDate").fill("2026-09-30");
            page.locator("form[action='/publicity'] button[type=submit]").click();
            page.waitForLoadState();
            Matcher id = Pattern.compile("/publicity/(\\d+)$").matcher(page.url());
            assertThat(id.find()).as(page.url()).isTrue();
            long noticeId = Long.parseLong(id.group(1));
            assertThat(page.locator("main").textContent()).contains(project).contains("2026-10-12")
                    .contains("宜昌市经济和信息化局");
            assertThat(page.locator("#release-heading + p").textContent()).contains("1 个列入项目")
                    .contains("1 个未列入项目");
            Browser.screenshot(page, "publicity-draft");
            Browser.assertAccessible(page, "publicity-draft");
            page.locator("button[data-release]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success").textContent()).contains("公示已发布");
            Browser.screenshot(page, "publicity-released");
            Browser.assertAccessible(page, "publicity-released");

            Page anonymous = browser.newPage();
            anonymous.navigate("/public/notices");
            assertThat(anonymous.locator("main").textContent()).contains(world.call.year() + "年湖北省智能制造试点示范项目");
            Browser.assertAccessible(anonymous, "publicity-public-list");
            anonymous.navigate("/public/notices/" + noticeId);
            assertThat(anonymous.locator("main").textContent()).contains(project).contains("湖北省经济和信息化厅");
            Browser.screenshot(anonymous, "publicity-public");
            Browser.assertAccessible(anonymous, "publicity-public");

            Page phone = browser.newPhonePage();
            phone.navigate("/public/notices/" + noticeId);
            assertThat(phone.locator("main").textContent()).contains(project);
            Browser.screenshot(phone, "publicity-public-390");
            Browser.assertAccessible(phone, "publicity-public-390");
            Browser.assertNoHorizontalScroll(phone, "publicity-public-390");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
