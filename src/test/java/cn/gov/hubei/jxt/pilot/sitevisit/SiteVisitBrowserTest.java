package cn.gov.hubei.jxt.pilot.sitevisit;

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
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitFixtures.Filed;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site visit's main path in a real browser: the officer forms 宜昌's team and plans a visit, a member records
 * every finding, an attendee, a photo and the conclusion, the leader signs off and the 现场核查表 downloads.
 * Screenshots (desktop and 390 px) in target/screenshots, every page checked with axe-core.
 */
@BrowserTest
class SiteVisitBrowserTest {

    @LocalServerPort int port;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired SiteVisitPlans plans;
    @TempDir Path downloads;

    @Test
    void formATeamPlanRecordSignOffAndDownloadTheSheet() throws Exception {
        SiteVisitFixtures world = new SiteVisitFixtures(null, calls, enterprises, users, clock, applications,
                recommendations, reviews);
        CallSummary call = world.openCall();
        String officer = world.account(Role.OFFICER, null);
        String leader = world.account(Role.EXPERT, null);
        String member = world.account(Role.RECOMMENDER, "420500");
        Filed filed = world.passed(call.id(), "420500", "宜昌电机智能生产线" + call.id());
        String team = "宜昌市核查组" + call.id();

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            page.onDialog(dialog -> dialog.accept());

            // the officer forms the team
            Browser.login(page, officer, Filing.PASSWORD);
            page.navigate("/site-visits?call=" + call.id());
            page.locator("#team-name").fill(team);
            page.locator("#team-division").selectOption("420500");
            page.locator("#team-leader").fill(leader);
            page.locator("#team-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("已组建核查组“" + team + "”。");
            page.locator("#member-username").fill(member);
            page.locator("#member-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("已加入核查组。");
            assertThat(page.locator("main table tbody tr")).hasCount(2);
            Browser.screenshot(page, "sitevisit-team");
            Browser.assertAccessible(page, "sitevisit-team");

            // and plans the visit; a holiday first
            page.navigate("/site-visits?call=" + call.id());
            page.locator("#plan-team").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
                    team + "（宜昌市）"));
            page.locator("#plan-application").selectOption(String.valueOf(filed.id()));
            page.locator("#plan-date").fill("2026-05-01");
            page.locator("#plan-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("#plan-date-error")).hasText("2026-05-01是法定节假日（劳动节），请选择工作日。");
            Browser.assertAccessible(page, "sitevisit-plan-error");
            page.locator("#plan-date").fill("2026-05-06");
            page.locator("#plan-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).containsText("2026-05-06");
            assertThat(page.locator("#plan ~ h3")).hasText("宜昌市");
            Browser.screenshot(page, "sitevisit-plan");
            Browser.assertAccessible(page, "sitevisit-plan");
            Browser.logout(page);
            long visitId = plans.ofCall(call.id()).get(0).id();

            // a member records the findings, an attendee, a photo and the conclusion
            Browser.login(page, member, Filing.PASSWORD);
            page.navigate("/");
            Browser.screenshot(page, "sitevisit-home-open-work");
            page.locator("#open-site-visits a[href='/site-visits/visits/" + visitId + "']").click();
            page.waitForLoadState();
            Locator items = page.locator("#items-section .card");
            int count = items.count();
            assertThat(count).isGreaterThan(8);
            // an item saves on its own when its finding changes, and says so
            items.nth(0).locator("input[value=TRUE]").check();
            assertThat(items.nth(0).locator("[data-finding-status]")).containsText("已保存 ");
            assertThat(page.locator("#visit-status")).hasText("记录中");
            Browser.assertAccessible(page, "sitevisit-item-saved");
            page.navigate("/site-visits/visits/" + visitId);
            assertThat(page.locator("#items-section .card").nth(0).locator("input[value=TRUE]")).isChecked();
            for (int i = 0; i < count; i++) {
                // after each save the page returns to the item just saved (#item-…) and scrolls there smoothly:
                // start the next one from the top of the page
                page.navigate("/site-visits/visits/" + visitId);
                Locator item = page.locator("#items-section .card").nth(i);
                if (i == 1) {
                    item.locator("input[value=MOSTLY_TRUE]").check();
                    item.locator("textarea").fill("资产负债率略高于申报数据");
                } else {
                    item.locator("input[value=TRUE]").check();
                }
                item.locator("button[type=submit]").click();
                page.waitForLoadState();
                assertThat(page.locator(".alert-success")).hasText("已保存核查结果。");
            }
            page.navigate("/site-visits/visits/" + visitId);
            page.locator("#attendee-name").fill("陈建国");
            page.locator("#attendee-unit").fill("宜昌电机有限公司");
            page.locator("#attendee-position").fill("总经理");
            page.locator("#attendee-form button[type=submit]").click();
            page.waitForLoadState();
            Path photo = downloads.resolve("车间.jpg");
            Files.write(photo, SiteVisitFixtures.jpegTakenAt(LocalDateTime.of(2026, 5, 6, 10, 15, 30)));
            page.navigate("/site-visits/visits/" + visitId);
            page.locator("#photo-file").setInputFiles(photo);
            page.locator("#photo-caption").fill("总装车间");
            page.locator("#photo-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".photo-taken")).hasText("拍摄时间：2026-05-06 10:15");
            page.navigate("/site-visits/visits/" + visitId);
            page.locator("#conclusion-CONFIRMED_WITH_REMARKS").check();
            page.locator("#conclusion-summary").fill("现场情况与申报材料基本一致。");
            page.locator("#conclusion-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("已保存核查结论。");
            assertThat(page.locator("#sign-off")).hasCount(0);
            Browser.screenshot(page, "sitevisit-record");
            Browser.assertAccessible(page, "sitevisit-record");
            Browser.logout(page);

            // the leader signs off; the record is locked, the sheet downloads
            Browser.login(page, leader, Filing.PASSWORD);
            page.navigate("/site-visits/visits/" + visitId);
            page.locator("#sign-off button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("核查记录已签署并锁定。");
            assertThat(page.locator("#visit-status")).hasText("已签署");
            assertThat(page.locator("#locked-note")).isVisible();
            assertThat(page.locator("#conclusion-form")).hasCount(0);
            Browser.screenshot(page, "sitevisit-signed-off");
            Browser.assertAccessible(page, "sitevisit-signed-off");
            Download download = page.waitForDownload(() -> page.locator("#sheet-link").click());
            Path sheet = downloads.resolve("sheet.docx");
            download.saveAs(sheet);
            try (InputStream in = Files.newInputStream(sheet); XWPFDocument doc = new XWPFDocument(in)) {
                assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("智能制造试点示范项目现场核查表");
                assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText())
                        .isEqualTo("宜昌电机智能生产线" + call.id());
            }

            Page phone = browser.newPhonePage();
            Browser.login(phone, leader, Filing.PASSWORD);
            phone.navigate("/site-visits/visits/" + visitId);
            Browser.screenshot(phone, "sitevisit-signed-off-phone");
            Browser.assertAccessible(phone, "sitevisit-signed-off-phone");
            Browser.assertNoHorizontalScroll(phone, "sitevisit-signed-off-phone");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
