package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.notification.InboxEntry;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main path of recommendation and intake in a real browser: 黄冈's recommender returns an application with a
 * reason, the applicant corrects and resubmits it, the recommender pre-checks and recommends three applications,
 * ranks them (上移 and a 备注), downloads the 汇总表 and submits the list with the stamped scan; an officer passes two
 * in the formal review and asks for a correction of the third. Screenshots in target/screenshots.
 */
@BrowserTest
class RecommendationToIntakeBrowserTest {

    static final String HUANGGANG = "421100";

    @LocalServerPort int port;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;
    @Autowired Inbox inbox;
    @Autowired Clock clock;
    @TempDir Path downloads;

    record Filed(long id, String applicant, String projectName) {
    }

    @Test
    void returnCorrectRecommendRankSubmitAndReview() throws IOException {
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(LocalDateTime.now(clock).minusDays(1))
                .quota(5).maxProjects(3).build(), "recommendation-browser-test");
        call = calls.publish(call.id(), "recommendation-browser-test");
        Filing filing = new Filing(null, calls, enterprises, users, null);
        String recommender = "hg-rec-" + n;
        String officer = "hg-officer-" + n;
        users.create(new NewAccount(recommender, "黄冈市经信局", null, null, Set.of(Role.RECOMMENDER), null, HUANGGANG),
                Filing.PASSWORD, false);
        users.create(new NewAccount(officer, "省经信厅装备工业处", null, null, Set.of(Role.OFFICER), null, null),
                Filing.PASSWORD, false);
        Filed casting = submitted(filing, call, "黄冈铸件数字化车间" + n);
        Filed textile = submitted(filing, call, "黄冈纺织智能工厂" + n);
        Filed pharma = submitted(filing, call, "黄冈医药流程型智能工厂" + n);

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            page.onDialog(dialog -> dialog.accept()); // the data-confirm questions

            // the recommender's workspace, and a return with reasons
            Browser.login(page, recommender, Filing.PASSWORD);
            page.navigate("/recommendation?call=" + call.id());
            assertThat(page.locator("main")).containsText(casting.projectName());
            Browser.screenshot(page, "recommendation-workspace");
            Browser.assertAccessible(page, "recommendation-workspace");
            page.navigate("/recommendation/applications/" + casting.id());
            page.locator("#return-reason").fill("设备清单缺少国产化率说明，请补充后重新提交。");
            page.locator("form[action$='/return'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).isVisible();
            assertThat(status(casting)).isEqualTo(ApplicationStatus.RETURNED);
            Browser.logout(page);

            // the applicant sees the reason, corrects a section and submits version 2
            Browser.login(page, casting.applicant(), Filing.PASSWORD);
            page.navigate("/applications/" + casting.id());
            assertThat(page.locator("main .alert-info")).containsText("设备清单缺少国产化率说明");
            page.navigate("/applications/" + casting.id() + "/sections/overview");
            page.locator("#text").fill("企业概述（已按推荐单位意见补充）：关键设备国产化率达到85%，其中湖北本地制造设备占40%。");
            Browser.settle(page);
            page.locator("button[name=action][value=save]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).containsText("已保存");
            page.navigate("/applications/" + casting.id());
            page.locator("form[action$='/submit'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("main .alert-info")).containsText("第2版");
            assertThat(inbox.list(casting.applicant(), false, 10, 0)).extracting(InboxEntry::kind)
                    .containsExactly("application.return");
            Browser.logout(page);

            // pre-check and recommend all three
            Browser.login(page, recommender, Filing.PASSWORD);
            for (Filed f : List.of(casting, textile, pharma)) {
                page.navigate("/recommendation/applications/" + f.id());
                for (int i = 0; i < 8; i++) {
                    page.locator("input[name='items[" + i + "].verdict'][value=MET]").check();
                }
                page.locator("form[action$='/precheck'] button[type=submit]").click();
                page.waitForLoadState();
                page.locator("form[action$='/recommend'] button[type=submit]").click();
                page.waitForLoadState();
                assertThat(status(f)).isEqualTo(ApplicationStatus.RECOMMENDED);
            }
            Browser.screenshot(page, "recommendation-review");
            Browser.assertAccessible(page, "recommendation-review");

            // rank: the pharma project moves up to second, a remark on the first
            page.navigate("/recommendation/ranking?call=" + call.id());
            Locator rows = page.locator("ol[data-ranking] > li");
            assertThat(rows).hasCount(3);
            rows.nth(2).getByText("上移").click();
            // the script moves the row in place and saves the order in the background
            assertThat(page.locator("#ranking-status")).hasText("新的顺序已保存。");
            assertThat(order(call)).containsExactly(casting.id(), pharma.id(), textile.id());
            page.locator("#remark-" + casting.id()).fill("市级重点技改项目");
            page.locator("#remark-" + casting.id()).locator("xpath=ancestor::form").locator("button").click();
            page.waitForLoadState();
            assertThat(page.locator("#remark-" + casting.id())).hasValue("市级重点技改项目");
            Browser.screenshot(page, "recommendation-ranking-before-submit");
            Browser.assertAccessible(page, "recommendation-ranking-before-submit");

            // the 汇总表 as downloaded
            Download docx = page.waitForDownload(() -> page.locator("a[href*='summary.docx']").click());
            Path table = downloads.resolve("summary.docx");
            docx.saveAs(table);
            try (InputStream in = Files.newInputStream(table); XWPFDocument doc = new XWPFDocument(in)) {
                String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + b + "\n");
                assertThat(text).contains(call.year() + "年湖北省智能制造试点示范推荐项目汇总表")
                        .contains("推荐单位（盖章）：黄冈市经济和信息化局").contains("注：推荐试点示范项目排名有先后。");
                XWPFTable t = doc.getTables().get(0);
                List<XWPFTableRow> r = t.getRows();
                assertThat(r.get(0).getTableCells()).extracting(c -> c.getText())
                        .containsExactly("序号", "项目名称", "企业名称", "联系人", "联系方式", "备注");
                assertThat(List.of(r.get(1).getCell(1).getText(), r.get(2).getCell(1).getText(),
                        r.get(3).getCell(1).getText())).containsExactly(casting.projectName(),
                        pharma.projectName(), textile.projectName());
                assertThat(r.get(1).getCell(5).getText()).isEqualTo("市级重点技改项目");
            }

            // submit with the stamped scan: the list is read-only afterwards
            Path scan = downloads.resolve("汇总表盖章扫描件.pdf");
            Files.write(scan, Filing.PDF);
            page.locator("#scan").setInputFiles(scan);
            page.locator("form[action*='/ranking/submit'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).containsText("推荐名单已报送省经信厅（第1次报送，共3个推荐项目）");
            assertThat(page.locator("form[action$='/ranking/move']")).hasCount(0);
            Browser.screenshot(page, "recommendation-submitted");
            Browser.assertAccessible(page, "recommendation-submitted");
            Browser.logout(page);

            // the officer: the queue with ranks, two passes and one correction request
            Browser.login(page, officer, Filing.PASSWORD);
            page.navigate("/recommendation/overview?call=" + call.id());
            assertThat(page.locator("main")).containsText("黄冈市");
            Browser.screenshot(page, "recommendation-overview");
            Browser.assertAccessible(page, "recommendation-overview");
            // the division's list as received: the stamped scan, the tables and each application's document
            page.navigate("/recommendation/lists/" + HUANGGANG + "?call=" + call.id());
            Download received = page.waitForDownload(() -> page.locator("a[href='/applications/" + casting.id()
                    + "/documents/application.docx']").click());
            Path document = downloads.resolve("application.docx");
            received.saveAs(document);
            try (InputStream in = Files.newInputStream(document); XWPFDocument doc = new XWPFDocument(in)) {
                // the corrected version 2, as the recommender received it (the printed 申报书 carries no version line)
                assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList()).contains(
                        "企业概述（已按推荐单位意见补充）：关键设备国产化率达到85%，其中湖北本地制造设备占40%。");
            }
            Download scanBack = page.waitForDownload(() -> page.locator("a[href*='/files/scan']").click());
            assertThat(Files.readAllBytes(scanBack.path())).isEqualTo(Filing.PDF);
            Browser.screenshot(page, "recommendation-list-received");
            Browser.assertAccessible(page, "recommendation-list-received");
            page.navigate("/intake?call=" + call.id() + "&division=" + HUANGGANG);
            assertThat(page.locator("#queue tbody tr")).hasCount(3);
            assertThat(page.locator("#queue tbody tr[data-application='" + pharma.id() + "'] [data-rank]"))
                    .hasText("第2名");
            Browser.screenshot(page, "intake-queue");
            Browser.assertAccessible(page, "intake-queue");
            for (Filed f : List.of(casting, pharma)) {
                page.navigate("/intake/applications/" + f.id());
                page.locator("#outcome-PASS").check();
                page.locator("form:has(#outcome) button[type=submit]").click();
                page.waitForLoadState();
                assertThat(status(f)).isEqualTo(ApplicationStatus.FORMAL_PASSED);
            }
            page.navigate("/intake/applications/" + textile.id());
            page.locator("#outcome-REQUEST_CORRECTION").check();
            page.locator("#reason-INCOMPLETE").check();
            page.locator("#text").fill("请补充近三年审计报告。");
            assertThat(page.locator("#deadline")).not().hasValue("");
            Browser.screenshot(page, "intake-review");
            Browser.assertAccessible(page, "intake-review");
            page.locator("form:has(#outcome) button[type=submit]").click();
            page.waitForLoadState();
            assertThat(status(textile)).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
            assertThat(applications.find(textile.id(), ApplicationScope.ALL).orElseThrow().statusReason())
                    .isEqualTo("【材料不全】请补充近三年审计报告。");
            page.navigate("/intake?call=" + call.id() + "&division=" + HUANGGANG);
            Browser.screenshot(page, "intake-queue-after-review");
            Browser.assertAccessible(page, "intake-queue-after-review");
            Browser.logout(page);

            // the applicant of the third is told: the bell counts two unread, the newest leads to the overview
            Browser.login(page, textile.applicant(), Filing.PASSWORD);
            assertThat(page.locator("#inbox-badge")).containsText("2");
            page.locator("a[href='/inbox']").click();
            page.waitForLoadState();
            Browser.screenshot(page, "inbox-applicant");
            Browser.assertAccessible(page, "inbox-applicant");
            page.locator("a[href^='/inbox/'][href$='/open']").first().click();
            page.waitForLoadState();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/applications/" + textile.id() + "$"));
            assertThat(page.locator("main .alert-info")).containsText("需要补正的内容：【材料不全】请补充近三年审计报告。");
            assertThat(page.locator("#inbox-badge")).containsText("1");
            assertThat(browser.consoleErrors()).isEmpty();
        }
        assertThat(inbox.list(textile.applicant(), false, 10, 0)).extracting(InboxEntry::kind)
                .containsExactly("application.request-correction", "application.recommend");
    }

    private static byte[] realPng() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.decode("#1F4E79"));
        g.fillRect(20, 20, 280, 160);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private ApplicationStatus status(Filed f) {
        return applications.find(f.id(), ApplicationScope.ALL).orElseThrow().status();
    }

    private List<Long> order(CallSummary call) {
        return service.ranking(call, HUANGGANG).entries().stream().map(RankedEntry::applicationId).toList();
    }

    /** A complete application of a new 黄冈 enterprise, with a credit check of today, submitted as version 1. */
    private Filed submitted(Filing filing, CallSummary call, String projectName) {
        Enterprise enterprise = filing.enterprise(HUANGGANG);
        String applicant = filing.applicantOf(enterprise);
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        Filing.complete(applications, id, enterprise.id(), applicant, projectName);
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        SectionContent.Attachments saved = (SectionContent.Attachments) applications.draft(id, scope)
                .section(SectionKey.ATTACHMENTS).content();
        // a figure that is a real picture, so that the document can be rendered
        byte[] png = realPng();
        long figure = applications.attach(id, scope, cn.gov.hubei.jxt.pilot.application.FilePurpose.FIGURE,
                "车间布局图.png", new java.io.ByteArrayInputStream(png), png.length, applicant).fileId();
        Filing.save(applications, id, scope, SectionKey.IMPLEMENTATION, Filing.implementation(figure), applicant);
        Filing.save(applications, id, scope, SectionKey.ATTACHMENTS, new SectionContent.Attachments(
                saved.equipment(), saved.patents(), saved.commitmentFileId(), saved.creditReportFileId(),
                saved.creditSource(), LocalDate.now(clock).toString(), saved.otherFileIds()), applicant);
        applications.submit(id, scope, "submit-" + id, applicant);
        return new Filed(id, applicant, projectName);
    }
}
